package org.kpisdk.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kpisdk.core.metric.MetricCatalog;

/**
 * Finds the metric ids written as string literals in Java sources, where an API expects a metric id: a catalog
 * lookup ({@code require("cpa")}, {@code metric("cpa")}), a goal's or a query row's metric
 * ({@code .metric("cpa")}, {@code .value("cpa"}), a funnel stage's KPIs ({@code Stage.of("think", "ctr", "cpl")}),
 * a goal type check ({@code recommends("nps")}, {@code suggest("nps")}), a reference
 * ({@code Reference.competitor("Rival", "engagement_rate", ...)}), a scorecard trend or stage override
 * ({@code trend("reach", ...)}, {@code stage("reach", ...)}), the SMART lookup ({@code hasData("reach", ...)}) and
 * a KPI lint ({@code lint(List.of("reach", ...))}). Comments are scanned too: the Javadoc examples are what users
 * copy.
 */
final class MetricIdScanner {
    /** One literal id: where it is and what it says. */
    record Hit(Path file, int line, String id) {
        @Override
        public String toString() {
            return file + ":" + line + ": '" + id + "'";
        }
    }

    private static final String ID = "\"([a-z][a-z0-9_]*)\"";
    private static final String IDS = "((?:\\s*,\\s*\"[a-z][a-z0-9_]*\")+)";
    /** Patterns whose group 1 is one id. */
    private static final List<Pattern> SINGLE = List.of(
            Pattern.compile("\\brequire\\(\\s*" + ID + "\\s*\\)"),
            Pattern.compile("\\bmetric\\(\\s*" + ID + "\\s*[,)]"),
            Pattern.compile("\\.value\\(\\s*" + ID + "\\s*[,)]"),
            Pattern.compile("\\brecommends\\(\\s*" + ID + "\\s*\\)"),
            Pattern.compile("\\bsuggest\\(\\s*" + ID + "\\s*\\)"),
            Pattern.compile("\\btrend\\(\\s*" + ID + "\\s*,"),
            Pattern.compile("\\bstage\\(\\s*" + ID + "\\s*,"),
            Pattern.compile("\\bhasData\\(\\s*" + ID + "\\s*,"),
            Pattern.compile("\\bReference\\.(?:competitor|benchmark)\\(\\s*[^,]+,\\s*" + ID));
    /** Patterns whose group 1 is a comma-led list of ids: the KPIs of a stage, the metrics of a lint. */
    private static final List<Pattern> LISTS = List.of(
            Pattern.compile("\\bStage\\.of\\(\\s*\"[^\"]*\"" + IDS + "\\s*\\)"),
            Pattern.compile("\\blint\\(\\s*List\\.of\\((\\s*\"[a-z][a-z0-9_]*\"(?:\\s*,\\s*\"[a-z][a-z0-9_]*\")*)"));
    private static final Pattern QUOTED = Pattern.compile(ID);

    private MetricIdScanner() {
    }

    /** Returns every literal metric id in the {@code src/main/java} trees of {@code modules} under {@code root}. */
    static List<Hit> scan(Path root, List<String> modules) {
        List<Hit> hits = new ArrayList<>();
        for (String module : modules) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                throw new AssertionError("no main sources at " + sources);
            }
            try (Stream<Path> files = Files.walk(sources)) {
                List<Path> java = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
                for (Path file : java) {
                    scanFile(root.relativize(file), Files.readString(file, StandardCharsets.UTF_8), hits);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(hits);
    }

    private static void scanFile(Path file, String text, List<Hit> hits) {
        for (Pattern p : SINGLE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                hits.add(new Hit(file, lineOf(text, m.start(1)), m.group(1)));
            }
        }
        for (Pattern p : LISTS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Matcher q = QUOTED.matcher(m.group(1));
                while (q.find()) {
                    hits.add(new Hit(file, lineOf(text, m.start(1) + q.start(1)), q.group(1)));
                }
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Returns the hits whose id {@code catalog} lacks and that {@code custom} does not list. */
    static List<Hit> unresolved(List<Hit> hits, MetricCatalog catalog, Set<String> custom) {
        List<Hit> bad = new ArrayList<>();
        for (Hit h : hits) {
            if (!catalog.contains(h.id()) && !custom.contains(h.id())) {
                bad.add(h);
            }
        }
        return List.copyOf(bad);
    }
}
