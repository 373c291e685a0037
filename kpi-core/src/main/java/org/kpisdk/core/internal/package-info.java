/**
 * Machinery shared by the packages of kpi-core. <strong>Not API</strong>: these types are public only so that
 * sibling packages can use them; they may change or disappear in any release, and no public signature of the
 * library mentions them.
 */
@ParametersAreNonnullByDefault
package org.kpisdk.core.internal;

import javax.annotation.ParametersAreNonnullByDefault;
