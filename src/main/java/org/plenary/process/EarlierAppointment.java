package org.plenary.process;

import org.jspecify.annotations.Nullable;

/**
 * A person an earlier President of the General Assembly appointed to lead a process or a
 * mandate, as a public source states it: the register of earlier appointments, apart from
 * the processes Plenary runs and their facilitators.
 *
 * @param session the session in which the President appointed them
 * @param mandate the process or mandate as the source names it ("Global Digital Compact")
 * @param role {@code CHAIR}, {@code CO_CHAIR}, {@code FACILITATOR},
 * {@code CO_FACILITATOR} (as {@link FacilitatorRole} names them) or {@code ADVISER}
 * @param personName as the source writes it
 * @param delegation the delegation's code ("NAM"); none where the source names a region
 * @param delegationName the delegation's name in the register ("Namibia")
 * @param source the address of the public source
 */
public record EarlierAppointment(int session, String mandate, String role, String personName,
		@Nullable String delegation, @Nullable String delegationName, String source) {
}
