/**
 * Lead scoring and grading in the manner of Salesforce Account Engagement (formerly Pardot): behaviour scores from
 * scoring rules given as data (event type and property filter to points, once or cumulative, optional decay after
 * inactivity, category sub-scores, a preset with Pardot's default points), profile grades on the 13-step scale F to
 * A+ from weighted criteria, and a score × grade routing table. Semantics follow DOMAIN.md Part D.5.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.funnel.lead;

import javax.annotation.ParametersAreNonnullByDefault;
