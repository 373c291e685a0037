/**
 * CSV import into the column-wise tables: {@link org.kpisdk.io.ObservationCsv} reads observations into an
 * {@link org.kpisdk.core.data.ObservationTable} and {@link org.kpisdk.io.EventCsv} reads events into an
 * {@link org.kpisdk.funnel.EventLog}, each through a header mapping the user declares
 * ({@link org.kpisdk.io.ObservationMapping}, {@link org.kpisdk.io.EventMapping}). Files are streamed record by
 * record (FastCSV), never loaded as one string. Every bad row is reported with its line number, column, value and
 * the rule it broke: strict reading stops at the first with a {@link org.kpisdk.io.CsvImportException}; lenient
 * reading returns the good rows plus the full list of {@link org.kpisdk.io.RejectedRow rejected rows}.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.io;

import javax.annotation.ParametersAreNonnullByDefault;
