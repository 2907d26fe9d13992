package org.plenary.process;

import java.util.List;

import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationView;
import org.plenary.delegation.Delegations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of earlier appointments: the people earlier Presidents appointed to lead a
 * process or a mandate, each with its public source. Anyone reads it; nobody changes it
 * in the application (its rows come with their sources in a migration).
 */
@Service
public class EarlierAppointments {

	private final JdbcTemplate jdbc;

	private final Delegations delegations;

	EarlierAppointments(JdbcTemplate jdbc, Delegations delegations) {
		this.jdbc = jdbc;
		this.delegations = delegations;
	}

	/** Every appointment, session by session, in the register's order. */
	@Transactional(readOnly = true)
	public List<EarlierAppointment> appointments() {
		return this.jdbc.query("""
				select session_number, mandate, role, person_name, delegation_code, source_url
				from process_earlier_appointment order by session_number, id""", (rs, row) -> {
			var code = rs.getString("delegation_code");
			return new EarlierAppointment(rs.getInt("session_number"), rs.getString("mandate"), rs.getString("role"),
					rs.getString("person_name"), code,
					code == null ? null
							: this.delegations.find(DelegationCode.of(code)).map(DelegationView::name).orElse(null),
					rs.getString("source_url"));
		});
	}

}
