package org.plenary.speakers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

@PlenaryIntegrationTest
class SpeakersListsTests {

	@Autowired
	SpeakersLists speakers;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	Delegations delegations;

	@Autowired
	AuditTrail audit;

	ProcessView process;

	Actor secretariat;

	@Test
	void ordersGroupsFirstThenMemberStatesThenObserversEachInTheOrderTheyInscribed() {
		var meeting = anOpenList();

		inscribe(meeting, "MEX", null);
		inscribe(meeting, "VAT", null);
		inscribe(meeting, "BRA", "G4");
		inscribe(meeting, "CHE", null);
		var list = inscribe(meeting, "DEU", null);

		assertThat(list.statements()).extracting(InscriptionView::speaker)
			.containsExactly("Brazil, on behalf of G4", "Mexico", "Switzerland", "Germany", "Holy See");
		assertThat(list.statements()).extracting(InscriptionView::position).containsExactly(1, 2, 3, 4, 5);
		assertThat(list.statements().get(0).limitMs()).isEqualTo(300_000);
		assertThat(list.statements().get(1).limitMs()).as("the process's three minutes").isEqualTo(180_000);
	}

	@Test
	void followsTheOrderAndLimitsTheProcessChoseForItsLists() {
		this.process = this.processes.create(new NewProcess("Sp " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations in the order of inscription", null, null), Actors.administrator());
		this.secretariat = Actors.secretariatOf(this.process.id().value());
		assertThat(this.speakers.rules(this.process.id()).order()).isEqualTo(SpeakingOrder.GROUPS_FIRST);
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.speakers.changeRules(this.process.id(),
				SpeakingOrder.INSCRIPTION, 240, 60, Actors.delegateOf("MEX")));

		this.speakers.changeRules(this.process.id(), SpeakingOrder.INSCRIPTION, 240, 60, this.secretariat);
		var meeting = aMeetingOf(this.process);
		this.speakers.open(meeting, this.secretariat);
		inscribe(meeting, "VAT", null);
		inscribe(meeting, "MEX", null);
		var list = inscribe(meeting, "BRA", "G4");

		assertThat(list.statements()).extracting(InscriptionView::name).containsExactly("Holy See", "Mexico", "Brazil");
		assertThat(list.groupLimitSeconds()).isEqualTo(240);
		assertThat(list.replyLimitSeconds()).isEqualTo(60);
	}

	@Test
	void refusesAnInscriptionTwiceOnAClosedListForAnotherDelegationOrForAGroupNotOnesOwn() {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);

		assertThatExceptionOfType(SpeakersRefusal.class).isThrownBy(() -> inscribe(meeting, "MEX", null))
			.withMessageContaining("Mexico is on this list already")
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(409));
		assertThatExceptionOfType(NotYourDelegation.class).isThrownBy(() -> this.speakers.inscribe(meeting, "BRA", null,
				InscriptionKind.STATEMENT, Actors.delegateOf("MEX")));
		assertThatExceptionOfType(SpeakersRefusal.class)
			.isThrownBy(
					() -> this.speakers.inscribe(meeting, "MEX", "G4", InscriptionKind.REPLY, Actors.delegateOf("MEX")))
			.withMessageContaining("Mexico is not a member of Group of Four")
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(403));
		this.speakers.close(meeting, this.secretariat);
		assertThatExceptionOfType(SpeakersRefusal.class).isThrownBy(() -> inscribe(meeting, "CHE", null))
			.withMessageContaining("closed");
		assertThat(this.speakers.list(meeting).statements()).hasSize(1);
	}

	@Test
	void inscribesADelegationOnceInItsNationalCapacityAndOnceOnBehalfOfAGroup() {
		var meeting = anOpenList();
		inscribe(meeting, "BRA", null);
		var list = inscribe(meeting, "BRA", "G4");

		assertThat(list.statements()).extracting(InscriptionView::speaker)
			.containsExactly("Brazil, on behalf of G4", "Brazil");
		assertThatExceptionOfType(SpeakersRefusal.class).isThrownBy(() -> inscribe(meeting, "BRA", null))
			.withMessageContaining("Brazil is on this list already");
		assertThatExceptionOfType(SpeakersRefusal.class).isThrownBy(() -> inscribe(meeting, "BRA", "G4"))
			.withMessageContaining("on behalf of a group")
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(409));
		assertThat(this.speakers.list(meeting).statements()).hasSize(2);
	}

	@Test
	void aGroupWithACoordinatorOnRecordSpeaksThroughTheCoordinatingState() {
		var meeting = anOpenList();

		assertThatExceptionOfType(SpeakersRefusal.class).isThrownBy(() -> inscribe(meeting, "MEX", "UfC"))
			.withMessageContaining("Italy speaks on behalf of Uniting for Consensus as its coordinator")
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(403));
		assertThat(inscribe(meeting, "ITA", "UfC").statements()).extracting(InscriptionView::speaker)
			.containsExactly("Italy, on behalf of UfC");
	}

	@Test
	void refusesAPointOfOrderThatNamesNoDelegation() {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);
		this.speakers.next(meeting, this.secretariat);

		assertThatExceptionOfType(org.plenary.system.InvalidInput.class)
			.isThrownBy(() -> this.speakers.pointOfOrder(meeting, " ", this.secretariat))
			.withMessageContaining("Choose the delegation that raises the point of order");
		assertThat(this.speakers.list(meeting).current().name()).isEqualTo("Mexico");
	}

	@Test
	void letsOnlyTheSecretariatOfTheProcessRunTheList() {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);
		var other = this.processes.create(
				new NewProcess("Sp " + UUID.randomUUID().toString().substring(0, 8), "Another process", null, null),
				Actors.administrator());

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.speakers.next(meeting, Actors.delegateOf("MEX")));
		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.speakers.next(meeting, Actors.facilitatorOf(other.id().value())));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.speakers.open(meeting, Actor.anonymous()));
		assertThat(this.speakers.list(meeting).current()).isNull();
	}

	@Test
	void givesTheFloorInOrderRunsTheTimerAndTakesRepliesAfterTheList() throws InterruptedException {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);
		inscribe(meeting, "CHE", null);
		this.speakers.inscribe(meeting, "BRA", null, InscriptionKind.REPLY, Actors.delegateOf("BRA"));

		var first = this.speakers.next(meeting, this.secretariat);
		assertThat(first.current().name()).isEqualTo("Mexico");
		assertThat(first.timer().running()).isTrue();
		assertThat(first.timer().endsAt()).isNotNull();
		assertThat(first.timer().remainingMs()).isCloseTo(180_000, within(2_000L));

		Thread.sleep(50);
		var paused = this.speakers.pause(meeting, this.secretariat);
		assertThat(paused.timer().running()).isFalse();
		assertThat(paused.timer().endsAt()).isNull();
		assertThat(paused.timer().remainingMs()).isLessThan(180_000);
		assertThat(paused.current().usedMs()).isGreaterThanOrEqualTo(40);

		assertThat(this.speakers.next(meeting, this.secretariat).current().name()).isEqualTo("Switzerland");
		var reply = this.speakers.next(meeting, this.secretariat);
		assertThat(reply.current().name()).isEqualTo("Brazil");
		assertThat(reply.current().kind()).isEqualTo(InscriptionKind.REPLY);
		assertThat(reply.timer().remainingMs()).isCloseTo(120_000, within(2_000L));
		var over = this.speakers.next(meeting, this.secretariat);
		assertThat(over.current()).isNull();
		assertThat(over.statements()).extracting(InscriptionView::status)
			.containsExactly(InscriptionStatus.SPOKE, InscriptionStatus.SPOKE);
	}

	@Test
	void reportsWhoSpokeInWhichOrderForHowLongAndTheTotalsPerDelegationAndGroup() throws InterruptedException {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);
		inscribe(meeting, "BRA", "G4");
		this.speakers.next(meeting, this.secretariat);
		Thread.sleep(30);
		this.speakers.next(meeting, this.secretariat);
		Thread.sleep(30);
		this.speakers.stop(meeting, this.secretariat);

		var report = this.speakers.report(meeting);

		assertThat(report.spoken()).extracting(InscriptionView::speaker)
			.containsExactly("Brazil, on behalf of G4", "Mexico");
		assertThat(report.byDelegation()).containsOnlyKeys("Brazil", "Mexico");
		assertThat(report.byGroup()).containsOnlyKeys("G4");
		assertThat(report.byGroup().get("G4")).isGreaterThanOrEqualTo(20);
		assertThat(report.totalMs())
			.isEqualTo(report.byDelegation().values().stream().mapToLong(Long::longValue).sum());
		assertThat(report.csv().lines().toList()).hasSize(3)
			.first()
			.isEqualTo("order,delegation,name,on_behalf_of,kind,status,started_at,ended_at,seconds_used");
		assertThat(report.csv().lines().skip(1).findFirst().orElseThrow())
			.startsWith("1,BRA,Brazil,G4,STATEMENT,SPOKE,");
	}

	@Test
	void publishesADelegationsWrittenStatementOnceItHasSpoken() {
		var meeting = anOpenList();
		var mexico = inscribe(meeting, "MEX", null).statements().get(0).id();
		var text = "Mr. Co-facilitator, Mexico welcomes the zero draft."
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		assertThatExceptionOfType(NotYourDelegation.class)
			.isThrownBy(() -> this.speakers.attach(meeting, mexico, "mexico.txt", text, Actors.delegateOf("BRA")));
		assertThatExceptionOfType(org.plenary.system.UnreadableDocument.class).isThrownBy(
				() -> this.speakers.attach(meeting, mexico, "empty.txt", new byte[0], Actors.delegateOf("MEX")));
		var attached = this.speakers.attach(meeting, mexico, "mexico.txt", text, Actors.delegateOf("MEX"));
		assertThat(attached.published()).isFalse();
		assertThat(this.speakers.list(meeting).statements().get(0).statement()).isTrue();
		assertThat(this.speakers.statement(meeting, mexico, this.secretariat).text())
			.contains("welcomes the zero draft");
		assertThatExceptionOfType(SpeakersRefusal.class)
			.isThrownBy(() -> this.speakers.statement(meeting, mexico, Actor.anonymous()))
			.withMessageContaining("published once it has been delivered");

		this.speakers.next(meeting, this.secretariat);
		this.speakers.stop(meeting, this.secretariat);

		var published = this.speakers.statement(meeting, mexico, Actor.anonymous());
		assertThat(published.published()).isTrue();
		assertThat(published.text()).isEqualTo("Mr. Co-facilitator, Mexico welcomes the zero draft.");
	}

	@Test
	void takesAPointOfOrderAtOnceAndGivesTheInterruptedSpeakerTheTimeTheyHadLeft() {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);
		inscribe(meeting, "CHE", null);
		this.speakers.next(meeting, this.secretariat);
		var paused = this.speakers.pause(meeting, this.secretariat);
		long left = paused.timer().remainingMs();

		var point = this.speakers.pointOfOrder(meeting, "IND", this.secretariat);
		assertThat(point.current().name()).isEqualTo("India");
		assertThat(point.current().kind()).isEqualTo(InscriptionKind.POINT_OF_ORDER);

		var resumed = this.speakers.next(meeting, this.secretariat);
		assertThat(resumed.current().name()).isEqualTo("Mexico");
		assertThat(resumed.timer().running()).isTrue();
		assertThat(resumed.timer().remainingMs()).isCloseTo(left, within(1_000L));
		assertThat(resumed.pointsOfOrder()).singleElement()
			.satisfies((p) -> assertThat(p.status()).isEqualTo(InscriptionStatus.SPOKE));
		assertThat(this.speakers.next(meeting, this.secretariat).current().name()).isEqualTo("Switzerland");
	}

	@Test
	void movesAnEntryForAReasonKeptInTheAuditTrailAndClosesTheGapOfAWithdrawal() {
		var meeting = anOpenList();
		inscribe(meeting, "MEX", null);
		inscribe(meeting, "CHE", null);
		var list = inscribe(meeting, "JPN", null);
		var japan = list.statements().get(2).id();

		assertThatExceptionOfType(org.plenary.system.InvalidInput.class)
			.isThrownBy(() -> this.speakers.move(meeting, japan, true, " ", this.secretariat));
		var moved = this.speakers.move(meeting, japan, true, "Minister must leave at 11:00", this.secretariat);
		assertThat(moved.statements()).extracting(InscriptionView::name)
			.containsExactly("Mexico", "Japan", "Switzerland");
		assertThat(this.audit.entries("meeting " + meeting, 0, Actors.administrator()).getContent())
			.anySatisfy((entry) -> assertThat(entry.detail()).contains("Minister must leave at 11:00"));

		var withdrawn = this.speakers.withdraw(meeting, moved.statements().get(0).id(), Actors.delegateOf("MEX"));
		assertThat(withdrawn.statements()).extracting(InscriptionView::name, InscriptionView::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Japan", 1),
					org.assertj.core.groups.Tuple.tuple("Switzerland", 2));
		assertThatExceptionOfType(NotYourDelegation.class).isThrownBy(
				() -> this.speakers.withdraw(meeting, withdrawn.statements().get(0).id(), Actors.delegateOf("MEX")));
	}

	@Test
	void keepsEveryDelegationOnceInGapFreeOrderWhenAllInscribeAtTheSameInstant() throws Exception {
		var meeting = anOpenList();
		var codes = this.delegations.delegations(DelegationFilter.all()).stream().map((d) -> d.code().value()).toList();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(196);
		var pool = Executors.newFixedThreadPool(32);
		var start = new CountDownLatch(1);
		var results = new ArrayList<Future<?>>();
		for (var code : codes) {
			results.add(pool.submit(() -> {
				start.await();
				// Each delegate twice at once: only one may stand.
				for (int i = 0; i < 2; i++) {
					try {
						this.speakers.inscribe(meeting, code, null, InscriptionKind.STATEMENT, Actors.delegateOf(code));
					}
					catch (SpeakersRefusal twice) {
						assertThat(twice.getStatusCode().value()).isEqualTo(409);
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (var result : results) {
			result.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		var list = this.speakers.list(meeting);
		assertThat(list.statements()).extracting(InscriptionView::delegation)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(codes);
		assertThat(list.statements()).extracting(InscriptionView::position)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, codes.size()).boxed().toList());
		assertThat(list.statements().get(list.statements().size() - 1).name()).as("observers after Member States")
			.isIn("Holy See", "State of Palestine", "European Union");
	}

	private SpeakersListView inscribe(MeetingId meeting, String code, String group) {
		return this.speakers.inscribe(meeting, code, group, InscriptionKind.STATEMENT, Actors.delegateOf(code));
	}

	private MeetingId anOpenList() {
		this.process = this.processes.create(new NewProcess("Sp " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations with a speakers list", null, null), Actors.administrator());
		this.secretariat = Actors.secretariatOf(this.process.id().value());
		var meeting = aMeetingOf(this.process);
		this.speakers.open(meeting, this.secretariat);
		return meeting;
	}

	private MeetingId aMeetingOf(ProcessView process) {
		return this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 3, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
	}

}
