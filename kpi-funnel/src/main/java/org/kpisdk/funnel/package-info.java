/**
 * Marketing funnels: the stage model (awareness to advocacy, each stage with its KPIs) with stage-to-stage
 * conversion, drop-off and the bottleneck, and event-level funnels that count how far each entity (a user, a cart,
 * a session) gets through an ordered list of steps within a conversion window, over a column-wise {@link
 * org.kpisdk.funnel.EventLog}. Every option of the event funnel is a named setting of {@link
 * org.kpisdk.funnel.FunnelOptions}; {@link org.kpisdk.funnel.ClickHouse} reproduces ClickHouse's
 * {@code windowFunnel}. Events may carry properties that steps filter on, that a funnel holds constant or breaks
 * its counts down by; steps may be optional or have their own window, and exclusion steps remove entities. Results
 * are mergeable by addition ({@link org.kpisdk.funnel.FunnelResult#plus}), so a log split by entity can be processed in parallel, or in a distributed engine, and combined.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.funnel;

import javax.annotation.ParametersAreNonnullByDefault;
