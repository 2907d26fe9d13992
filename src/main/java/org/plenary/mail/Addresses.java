package org.plenary.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.DelegationView;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.Role;
import org.plenary.system.Said;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses letters and invitations go to: each Permanent Mission's official address,
 * kept by the delegation's delegates and by the secretariat (the administrator, the
 * President's office and the secretariat of any process); and each person's own, kept by
 * that person. Either may ask for a test message.
 */
@Service
public class Addresses {

	private final JdbcClient jdbc;

	private final Delegations delegations;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final Clock clock;

	Addresses(JdbcClient jdbc, Delegations delegations, Outbox outbox, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every mission's address, in the register's order: for the messages of a letter. */
	@Transactional(readOnly = true)
	List<MissionAddress> missions() {
		var stored = this.jdbc.sql("select delegation_code, address, updated_at from mail_mission_address")
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getString(2),
							rs.getObject(3, OffsetDateTime.class).toInstant() })
			.list()
			.stream()
			.collect(Collectors.toMap((row) -> (String) row[0], Function.identity()));
		return this.delegations.delegations(DelegationFilter.all())
			.stream()
			.filter((d) -> stored.containsKey(d.code().value()))
			.map((d) -> mission(d, stored.get(d.code().value())))
			.toList();
	}

	/**
	 * The missions whose address someone keeps: theirs, or every one for the secretariat.
	 */
	@Transactional(readOnly = true)
	public List<MissionAddress> keptBy(Actor actor) {
		if (keepsEveryAddress(actor)) {
			return missions();
		}
		return missions().stream().filter((m) -> actor.actsFor(m.delegation())).toList();
	}

	/** One mission's address, for those who keep it. */
	@Transactional(readOnly = true)
	public Optional<MissionAddress> mission(DelegationCode code, Actor actor) {
		var delegation = this.delegations.delegation(code);
		requireKeeper(delegation, actor);
		return missions().stream().filter((m) -> m.delegation().equals(delegation.code().value())).findFirst();
	}

	/** Changes a mission's official address. */
	@Transactional
	public MissionAddress changeMission(DelegationCode code, String typed, Actor actor) {
		var delegation = this.delegations.delegation(code);
		requireKeeper(delegation, actor);
		var address = EmailAddress.parse("address", typed);
		var now = now();
		int changed = this.jdbc
			.sql("update mail_mission_address set address = :address, updated_at = :now"
					+ " where delegation_code = :code")
			.param("address", address.value())
			.param("now", now)
			.param("code", delegation.code().value())
			.update();
		if (changed == 0) {
			this.jdbc
				.sql("insert into mail_mission_address (delegation_code, address, updated_at)"
						+ " values (:code, :address, :now)")
				.param("address", address.value())
				.param("now", now)
				.param("code", delegation.code().value())
				.update();
		}
		this.audit.record(actor, "mail.mission-address.changed", "delegation " + delegation.code().value(),
				address.value());
		return new MissionAddress(delegation.code().value(), delegation.name(), delegation.kind(), address.value(),
				now.toInstant());
	}

	/** Queues a test message to a mission's address, on request of who keeps it. */
	@Transactional
	public void testMission(DelegationCode code, Actor actor) {
		var mission = mission(code, actor).orElseThrow(() -> new org.plenary.system.InvalidInput("address",
				"The mission of " + code.value() + " has no address yet."));
		this.outbox.queue(NewMessage.text("test:" + mission.delegation(), new EmailAddress(mission.address()),
				"Permanent Mission of " + mission.name(), "Plenary: test message",
				testBody("the official address of the Permanent Mission of " + mission.name(), actor)));
		this.audit.record(actor, "mail.test.requested", "delegation " + mission.delegation(), mission.address());
	}

	/** A person's own address, if they gave one. */
	@Transactional(readOnly = true)
	public Optional<String> own(Actor actor) {
		if (actor.isAnonymous()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select address from mail_personal_address where username = :username")
			.param("username", actor.username())
			.query(String.class)
			.optional();
	}

	/** Sets (or, given nothing, removes) a person's own address. */
	@Transactional
	public Optional<String> changeOwn(String typed, Actor actor) {
		requireSignedIn(actor);
		this.jdbc.sql("delete from mail_personal_address where username = :username")
			.param("username", actor.username())
			.update();
		if (typed == null || typed.isBlank()) {
			this.audit.record(actor, "mail.own-address.removed", "account " + actor.username(), null);
			return Optional.empty();
		}
		var address = EmailAddress.parse("address", typed);
		this.jdbc
			.sql("insert into mail_personal_address (username, address, updated_at) values (:username, :address, :now)")
			.param("username", actor.username())
			.param("address", address.value())
			.param("now", now())
			.update();
		this.audit.record(actor, "mail.own-address.changed", "account " + actor.username(), address.value());
		return Optional.of(address.value());
	}

	/** Queues a test message to a person's own address. */
	@Transactional
	public void testOwn(Actor actor) {
		requireSignedIn(actor);
		var address = own(actor)
			.orElseThrow(() -> new org.plenary.system.InvalidInput("address", "Give your address first."));
		this.outbox.queue(NewMessage.text("test:" + actor.username(), new EmailAddress(address), actor.username(),
				"Plenary: test message", testBody("your own address", actor)));
	}

	/** The own addresses of these people, by username (those who gave one). */
	@Transactional(readOnly = true)
	Map<String, String> ownAddresses(List<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select username, address from mail_personal_address where username in (:usernames)")
			.param("usernames", usernames)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Whether someone keeps a mission's address: its delegates, and the secretariat.
	 */
	public boolean keeps(String delegation, Actor actor) {
		return keepsEveryAddress(actor) || actor.actsFor(delegation);
	}

	private static boolean keepsEveryAddress(Actor actor) {
		return actor.keepsTheRegister() || actor.holds(Role.SECRETARIAT);
	}

	private void requireKeeper(DelegationView delegation, Actor actor) {
		if (keeps(delegation.code().value(), actor)) {
			return;
		}
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor,
					new Said("refusal.action.keepMissionAddresses", "keep the addresses of missions"));
		}
		throw new NotYourDelegation(actor, delegation.code().value());
	}

	private static void requireSignedIn(Actor actor) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.keepAddress", "keep an e-mail address"));
		}
	}

	private String testBody(String what, Actor actor) {
		return """
				This is a test message from Plenary, asked for by %s on %s.

				It was sent to %s. If you read it, letters and invitations sent to this address arrive.
				""".formatted(actor.username(), this.clock.instant(), what);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static MissionAddress mission(DelegationView delegation, Object[] row) {
		return new MissionAddress(delegation.code().value(), delegation.name(), delegation.kind(), (String) row[1],
				(java.time.Instant) row[2]);
	}

}
