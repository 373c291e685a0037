/**
 * Property-based testing for KPI SDK and for teams' own metric definitions: seeded generators that mix in edge
 * cases, JUnit 5 argument streams whose display names carry the seed, and reusable law checks.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.testkit;

import javax.annotation.ParametersAreNonnullByDefault;
