/** Reference data every service shares: stakeholder types, countries and their ITU regions, SDGs, GDC objectives. */
@NullMarked
package org.wsis.contracts.reference;

import org.jspecify.annotations.NullMarked;
