/** Events of the OpenWSIS convening: convenors' profiles and the issues they address ({@code wsis.convening.v1}). */
@NullMarked
package org.wsis.contracts.convening;

import org.jspecify.annotations.NullMarked;
