/**
 * Observations stored column-wise: {@link org.kpisdk.core.data.ObservationTable} keeps a date column, dictionary
 * encoded dimension columns and primitive {@code long} measure columns (money as micros of one declared currency
 * per measure), so that millions of rows cost arrays, not objects. Bad rows are refused at the boundary with the
 * row index, the field and the rule; nothing is dropped silently.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.data;

import javax.annotation.ParametersAreNonnullByDefault;
