package org.kpisdk.core.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Nullable;

import org.kpisdk.core.internal.Formula;
import org.kpisdk.core.internal.FormulaParser;
import org.kpisdk.core.value.Money;
import org.kpisdk.core.value.Ratio;
import org.kpisdk.core.value.Unit;

/**
 * A metric defined by a formula over base measures and other metrics, such as
 * {@code (likes + comments + shares) / impressions}: parsed once, resolved against a {@link MetricCatalog}, its
 * unit inferred and checked, then evaluated exactly from a group's inputs.
 */
final class ExpressionMetric implements MetricDefinition {
    private static final List<String> FUNCTIONS = List.of("first", "last", "average", "sum_over_time", "coalesce",
            "mean_of_rates");

    private final MetricInfo info;
    private final Formula formula;
    private final Node root;
    private final List<Input> inputs;

    ExpressionMetric(MetricDefinition.Builder builder, String text, MetricCatalog catalog) {
        java.util.Objects.requireNonNull(catalog, "catalog");
        this.formula = FormulaParser.parse(text);
        Compiler compiler = new Compiler(text, catalog);
        this.root = compiler.compile(formula);
        if (compiler.inputs.isEmpty()) {
            throw new FormulaException("formula references no measure or metric", text, 0, text.strip());
        }
        this.inputs = List.copyOf(compiler.inputs);
        this.info = builder.info(root.unit);
    }

    @Override
    public MetricInfo info() {
        return info;
    }

    @Override
    public List<Input> inputs() {
        return inputs;
    }

    @Override
    public MetricValue evaluate(InputValues values) {
        java.util.Objects.requireNonNull(values, "values");
        Context context = new Context(values);
        Unit unit = info.unit();
        if (root instanceof Binary div && div.op == '/' && unit != Unit.MONEY) {
            BigDecimal n = div.left.eval(context);
            BigDecimal d = n == null ? null : div.right.eval(context);
            if (n == null || d == null) {
                return MetricValue.undefined(unit, context.reason());
            }
            Optional<Long> ln = Evaluation.exactLong(n);
            Optional<Long> ld = Evaluation.exactLong(d);
            if (ln.isPresent() && ld.isPresent() && ld.get() >= 0) {
                return MetricValue.of(unit, Ratio.of(ln.get(), ld.get()), div.rightText);
            }
            return d.signum() == 0 ? MetricValue.undefined(unit, MetricValue.zeroDenominator(div.rightText))
                    : MetricValue.of(unit, n.divide(d, MetricValue.CONTEXT));
        }
        BigDecimal v = root.eval(context);
        if (v == null) {
            return MetricValue.undefined(unit, context.reason());
        }
        if (unit == Unit.MONEY) {
            if (context.currency == null) {
                throw new IllegalArgumentException("currency of the money inputs of metric '" + info.id()
                        + "' is not declared");
            }
            BigDecimal amount = v.scale() > Evaluation.MONEY_QUOTIENT_SCALE
                    ? v.setScale(Evaluation.MONEY_QUOTIENT_SCALE, RoundingMode.HALF_EVEN) : v;
            return MetricValue.of(Money.of(amount, context.currency));
        }
        return MetricValue.of(unit, v);
    }

    @Override
    public String formula() {
        return formula.print();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof ExpressionMetric that)) {
            return false;
        }
        return info.equals(that.info) && formula.equals(that.formula);
    }

    @Override
    public int hashCode() {
        return 31 * info.hashCode() + formula.hashCode();
    }

    @Override
    public String toString() {
        return info.id() + " = " + formula();
    }

    /** The state of one evaluation: the values and the currency of the money seen so far. */
    private static final class Context {
        final InputValues values;
        @Nullable
        Currency currency;
        @Nullable
        String currencySource;
        /** Why the first undefined node is undefined; set only on that path. */
        @Nullable
        String reason;

        Context(InputValues values) {
            this.values = values;
        }

        /** Records that a node is undefined because of {@code why} and returns null, the undefined node value. */
        @Nullable
        BigDecimal undefined(String why) {
            if (reason == null) {
                reason = why;
            }
            return null;
        }

        String reason() {
            return reason == null ? MetricValue.NO_REASON : reason;
        }

        void currency(Currency c, String source) {
            if (currency == null) {
                currency = c;
                currencySource = source;
            } else if (!currency.equals(c)) {
                throw new IllegalArgumentException("Currency mismatch: " + currency.getCurrencyCode() + " vs "
                        + c.getCurrencyCode() + " (" + currencySource + ", " + source + ")");
            }
        }
    }

    /** A compiled node: its unit, whether it is a plain number, and how it evaluates (null = undefined). */
    private abstract static class Node {
        final Unit unit;
        final boolean literal;

        Node(Unit unit, boolean literal) {
            this.unit = unit;
            this.literal = literal;
        }

        @Nullable
        abstract BigDecimal eval(Context context);
    }

    private static final class Constant extends Node {
        final BigDecimal value;

        Constant(BigDecimal value) {
            super(Unit.RATIO, true);
            this.value = value;
        }

        @Override
        BigDecimal eval(Context context) {
            return value;
        }
    }

    private static final class InputLeaf extends Node {
        final Input input;

        InputLeaf(Input input) {
            super(input.measure().unit(), false);
            this.input = input;
        }

        @Override
        @Nullable
        BigDecimal eval(Context context) {
            Optional<BigDecimal> value = context.values.resolve(input);
            if (value.isPresent() && input.measure().isMoney()) {
                Optional<Currency> declared = context.values.currency(input.measure());
                // A missing amount coalesced to zero may lack a currency: zero of any currency is neutral.
                boolean coalesced = context.values.get(input.stateKey()).isEmpty();
                if (declared.isPresent() || !coalesced) {
                    context.currency(Evaluation.currency(context.values, input.measure()), input.measure().id());
                }
            }
            return value.isPresent() ? value.get() : context.undefined(context.values.missingReason(input));
        }
    }

    private static final class MetricLeaf extends Node {
        final MetricDefinition metric;

        MetricLeaf(MetricDefinition metric) {
            super(metric.unit(), false);
            this.metric = metric;
        }

        @Override
        @Nullable
        BigDecimal eval(Context context) {
            MetricValue value = metric.evaluate(context.values);
            Optional<Money> money = value.money();
            money.ifPresent(m -> context.currency(m.currency(), metric.id()));
            if (!value.isDefined()) {
                return context.undefined("metric " + metric.id() + " is undefined: "
                        + value.undefinedReason().orElse(MetricValue.NO_REASON));
            }
            return value.value().get();
        }
    }

    private static final class MeanOfRates extends Node {
        final Input sum;
        final Input count;

        MeanOfRates(Input sum, Input count, Unit unit) {
            super(unit, false);
            this.sum = sum;
            this.count = count;
        }

        @Override
        @Nullable
        BigDecimal eval(Context context) {
            Optional<BigDecimal> s = context.values.resolve(sum);
            Optional<BigDecimal> n = context.values.resolve(count);
            if (s.isEmpty() || n.isEmpty()) {
                return context.undefined(context.values.missingReason(s.isEmpty() ? sum : count));
            }
            if (n.get().signum() == 0) {
                return context.undefined(Evaluation.noRate(sum));
            }
            if (unit == Unit.MONEY) {
                context.currency(Evaluation.currency(context.values, sum.measure()), sum.measure().id());
            }
            return s.get().divide(n.get(), MetricValue.CONTEXT);
        }
    }

    private static final class Negation extends Node {
        final Node operand;

        Negation(Node operand) {
            super(operand.unit, operand.literal);
            this.operand = operand;
        }

        @Override
        @Nullable
        BigDecimal eval(Context context) {
            BigDecimal v = operand.eval(context);
            return v == null ? null : v.negate();
        }
    }

    private static final class Binary extends Node {
        final char op;
        final Node left;
        final Node right;
        /** The right operand as formula text, the denominator named by a division's reason. */
        final String rightText;

        Binary(char op, Node left, Node right, Unit unit, String rightText) {
            super(unit, left.literal && right.literal);
            this.op = op;
            this.left = left;
            this.right = right;
            this.rightText = rightText;
        }

        @Override
        @Nullable
        BigDecimal eval(Context context) {
            BigDecimal a = left.eval(context);
            if (a == null) {
                return null;
            }
            BigDecimal b = right.eval(context);
            if (b == null) {
                return null;
            }
            return switch (op) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                default -> b.signum() == 0 ? context.undefined(MetricValue.zeroDenominator(rightText))
                        : a.divide(b, MetricValue.CONTEXT);
            };
        }
    }

    /** Resolves names, checks units and collects the inputs of a parsed formula. */
    private static final class Compiler {
        final String text;
        final MetricCatalog catalog;
        final Set<Input> inputs = new LinkedHashSet<>();

        Compiler(String text, MetricCatalog catalog) {
            this.text = text;
            this.catalog = catalog;
        }

        Node compile(Formula f) {
            if (f instanceof Formula.Num num) {
                return new Constant(num.value());
            }
            if (f instanceof Formula.Ref ref) {
                return reference(ref);
            }
            if (f instanceof Formula.Neg neg) {
                return new Negation(compile(neg.operand()));
            }
            if (f instanceof Formula.Binary b) {
                return binary(b);
            }
            return call((Formula.Call) f);
        }

        private Node reference(Formula.Ref ref) {
            Optional<BaseMeasure> measure = catalog.measure(ref.name());
            if (measure.isPresent()) {
                return leaf(Input.of(measure.get()));
            }
            Optional<MetricDefinition> metric = catalog.metric(ref.name());
            if (metric.isPresent()) {
                inputs.addAll(metric.get().inputs());
                return new MetricLeaf(metric.get());
            }
            throw error("unknown reference: no base measure or metric with this id in the catalog", ref.position(),
                    ref.name());
        }

        private Node leaf(Input input) {
            inputs.add(input);
            return new InputLeaf(input);
        }

        private Node binary(Formula.Binary b) {
            Node left = compile(b.left());
            Node right = compile(b.right());
            String context = "'" + b.print() + "'";
            Unit unit;
            try {
                if (left.literal && right.literal) {
                    unit = Unit.RATIO;
                } else if (b.op() == '+' || b.op() == '-') {
                    unit = left.literal ? Units.sumWithNumber(right.unit, context)
                            : right.literal ? Units.sumWithNumber(left.unit, context)
                            : Units.sum(left.unit, right.unit, context);
                } else if (b.op() == '*') {
                    unit = left.literal ? right.unit : right.literal ? left.unit
                            : Units.product(left.unit, right.unit, context);
                } else {
                    unit = right.literal ? left.unit
                            : Units.quotient(left.literal ? Unit.COUNT : left.unit, right.unit, context);
                }
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage(), b.position(), String.valueOf(b.op()));
            }
            String rightText = b.right() instanceof Formula.Binary ? "(" + b.right().print() + ")" : b.right().print();
            return new Binary(b.op(), left, right, unit, rightText);
        }

        private Node call(Formula.Call c) {
            String fn = c.function();
            List<Formula> args = c.args();
            switch (fn) {
                case "first", "last", "average", "sum_over_time" -> {
                    arity(c, 1);
                    BaseMeasure m = measureArgument(c, args.get(0));
                    if (m.additivity() != Additivity.SEMI_ADDITIVE) {
                        throw error(fn + "() applies to gauges (semi-additive measures); '" + m.id() + "' is "
                                + m.additivity(), args.get(0).position(), m.id());
                    }
                    return leaf(Input.of(m, GaugeReduction.valueOf(fn.toUpperCase(Locale.ROOT))));
                }
                case "coalesce" -> {
                    arity(c, 2);
                    Formula arg = args.get(0);
                    if (!(arg instanceof Formula.Ref) && !(arg instanceof Formula.Call call
                            && !call.function().equals("coalesce") && !call.function().equals("mean_of_rates"))) {
                        throw error("coalesce() applies to a measure, such as coalesce(leads, 0)", arg.position(),
                                arg.print());
                    }
                    Formula fallback = args.get(1);
                    if (!(fallback instanceof Formula.Num number) || number.value().signum() != 0) {
                        throw error("the default of coalesce() must be the number 0", fallback.position(),
                                fallback.print());
                    }
                    Set<Input> before = new LinkedHashSet<>(inputs);
                    Node inner = compile(arg);
                    if (!(inner instanceof InputLeaf inputLeaf)) {
                        throw error("coalesce() applies to a measure, not to the metric '" + arg.print() + "'",
                                arg.position(), arg.print());
                    }
                    Input zeroed = inputLeaf.input.withNullPolicy(NullPolicy.ZERO);
                    inputs.clear();
                    inputs.addAll(before);
                    return leaf(zeroed);
                }
                case "mean_of_rates" -> {
                    arity(c, 2);
                    BaseMeasure n = measureArgument(c, args.get(0));
                    BaseMeasure d = measureArgument(c, args.get(1));
                    Unit unit;
                    try {
                        unit = Units.quotient(n.unit(), d.unit(), "'" + c.print() + "'");
                    } catch (IllegalArgumentException e) {
                        throw error(e.getMessage(), c.position(), fn);
                    }
                    Input sum = Input.rateSum(n, d);
                    Input count = Input.rateCount(n, d);
                    inputs.add(sum);
                    inputs.add(count);
                    return new MeanOfRates(sum, count, unit);
                }
                default -> throw error("unknown function; known functions are " + FUNCTIONS, c.position(), fn);
            }
        }

        private void arity(Formula.Call c, int n) {
            if (c.args().size() != n) {
                throw error(c.function() + "() takes " + n + " argument" + (n == 1 ? "" : "s") + ", got "
                        + c.args().size(), c.position(), c.function());
            }
        }

        private BaseMeasure measureArgument(Formula.Call c, Formula arg) {
            if (arg instanceof Formula.Ref ref) {
                Optional<BaseMeasure> m = catalog.measure(ref.name());
                if (m.isPresent()) {
                    return m.get();
                }
                throw error(c.function() + "() needs a base measure; no base measure has this id", arg.position(),
                        ref.name());
            }
            throw error(c.function() + "() needs a base measure as its argument", arg.position(), arg.print());
        }

        private FormulaException error(String problem, int position, String token) {
            return new FormulaException(problem, text, position, token);
        }
    }
}
