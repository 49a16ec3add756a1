package io.roster.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.roster.ProcessDriver;
import io.roster.audit.AccessReviewProcess.Element;
import io.roster.audit.AccessReviewProcess.Task;
import io.roster.audit.AccessReviewProcess.Var;
import io.roster.directory.CorporateDirectory;
import io.roster.directory.DirectoryPerson;
import io.roster.offboarding.TerminationStarter;
import io.roster.process.JsonVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The access-review process as the diagram reads: the engine runs for real (H2, jobs stepped by the test); the
 * inventory crawl, the directory and the offboarding starter are mocks. The brake has tests of its own.
 */
@SpringBootTest
class AccessReviewProcessTests {

    @MockitoBean
    InventoryCrawl crawl;

    @MockitoBean
    CorporateDirectory directory;

    @MockitoBean
    TerminationStarter terminations;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccessReviewService service;

    @Autowired
    AccessReviews reviews;

    ProcessInstance instance;

    AccessReview review;

    @BeforeEach
    void engine() {
        BpmnAwareTests.init(engine);
        when(terminations.terminate(anyString(), any(), any(), any(), any()))
            .thenAnswer(call -> new TerminationStarter.Termination("off-" + call.getArgument(0), true));
    }

    @AfterEach
    void reset() {
        BpmnAwareTests.reset();
        engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(AccessReviewProcess.KEY)
            .list()
            .forEach(running -> engine.getRuntimeService().deleteProcessInstance(running.getId(), "test over"));
    }

    /** {@code members} internal members m0..m(n-1), all live and recently active, the first {@code orphans} of them
     * disabled in the directory. */
    void givenCompany(int members, int orphans) {
        List<InventoryMember> inventory = new ArrayList<>();
        List<DirectoryPerson> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String email = "m" + i + "@bw.example";
            inventory.add(new InventoryMember(email, "u" + i, "Member " + i, "Active", true, null, 1, null, false,
                    null, null, null, Instant.now(), null, false, true, List.of(), List.of()));
            people.add(new DirectoryPerson("m" + i, email, "Member " + i, i >= orphans));
        }
        when(crawl.crawlApps(any(), any())).thenReturn(true);
        when(crawl.build(any())).thenReturn(new Inventory(Instant.now(), inventory, List.of()));
        Mockito.doAnswer(call -> {
            java.util.function.Consumer<DirectoryPerson> each = call.getArgument(0);
            people.forEach(each);
            return null;
        }).when(directory).forEachPerson(any());
    }

    void whenAReviewIsRequested() {
        review = service.start("paula");
        instance = engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(review.id())
            .singleResult();
        runJobs();
    }

    @Test
    void withoutOrphansTheReviewEndsWithItsFindingsStored() {
        givenCompany(20, 0);

        whenAReviewIsRequested();

        assertThat(instance).isEnded().hasPassed(Task.BUILD_INVENTORY, Task.COMPARE, Element.NO_ORPHANS);
        AccessReview done = reviews.find(review.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(AccessReview.Status.COMPLETED);
        assertThat(done.memberCount()).isEqualTo(20);
        assertThat(done.orphanCount()).isZero();
        verify(terminations, never()).terminate(any(), any(), any(), any(), any());
    }

    @Test
    void aCrawlLongerThanASliceGoesOnInTheNextJobUntilEveryAppIsCrawled() {
        givenCompany(20, 0);
        when(crawl.crawlApps(any(), any())).thenReturn(false, false, true);

        whenAReviewIsRequested();

        assertThat(instance).isEnded().hasPassed(Element.ALL_APPS_CRAWLED, Task.COMPARE, Element.NO_ORPHANS);
        assertThat(engine.getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .activityId(Task.BUILD_INVENTORY)
            .count()).as("slices, each a job of its own").isEqualTo(3);
        verify(crawl, Mockito.times(1)).build(review.id());
        assertThat(reviews.find(review.id()).orElseThrow().memberCount()).isEqualTo(20);
    }

    @Test
    void confirmedOrphansAreOffboardedInTerminationModeOneByOne() {
        givenCompany(40, 2);

        whenAReviewIsRequested();

        assertThat(instance).isWaitingAt(Task.CONFIRM_ORPHANS);
        assertThat(instance).task().hasCandidateGroup("platform-admins");
        assertThat(instance).variables().containsEntry(Var.BRAKED, false).containsEntry(Var.BRAKE_WARNING, "");
        assertThat(reviews.find(review.id()).orElseThrow().status())
            .isEqualTo(AccessReview.Status.AWAITING_CONFIRMATION);

        complete("paula", List.of("m1@bw.example"), false);

        assertThat(instance).isEnded().hasPassed(Task.START_OFFBOARDINGS, Element.OFFBOARDINGS_STARTED);
        verify(terminations).terminate(eq("m1@bw.example"), eq("paula"), eq("access review " + review.id()),
                eq("paula"), eq("access-review:" + review.id() + ":m1@bw.example"));
        verify(terminations, never()).terminate(eq("m0@bw.example"), any(), any(), any(), any());
        AccessReview done = reviews.find(review.id()).orElseThrow();
        assertThat(done.offboardings()).isEqualTo(1);
        assertThat(done.confirmedBy()).isEqualTo("paula");
        assertThat(done.status()).isEqualTo(AccessReview.Status.COMPLETED);
    }

    @Test
    void confirmingNobodyEndsTheReviewWithoutOffboardings() {
        givenCompany(40, 1);
        whenAReviewIsRequested();

        complete("pete", List.of(), false);

        assertThat(instance).isEnded().hasPassed(Element.NONE_CONFIRMED);
        verify(terminations, never()).terminate(any(), any(), any(), any(), any());
    }

    @Test
    void brake_tooManyOrphansStopAtTheConfirmationWithAWarning() {
        givenCompany(10, 1);

        whenAReviewIsRequested();

        assertThat(instance).isWaitingAt(Task.CONFIRM_ORPHANS);
        assertThat(instance).variables().containsEntry(Var.BRAKED, true);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Var.BRAKE_WARNING))
            .startsWith("Warning: 1 of 10 members (10.0%) look like orphans, more than the 5.0%");
        assertThat(reviews.find(review.id()).orElseThrow().braked()).isTrue();
    }

    @Test
    void brake_confirmingWithoutTheOverrideIsRefusedAndOffboardsNobody() {
        givenCompany(10, 1);
        whenAReviewIsRequested();

        assertThatThrownBy(() -> complete("paula", List.of("m0@bw.example"), false))
            .hasMessageContaining("The brake holds");

        assertThat(instance).isWaitingAt(Task.CONFIRM_ORPHANS);
        verify(terminations, never()).terminate(any(), any(), any(), any(), any());
    }

    @Test
    void brake_anExplicitOverrideOffboardsTheConfirmedOrphans() {
        givenCompany(10, 1);
        whenAReviewIsRequested();

        complete("paula", List.of("m0@bw.example"), true);

        assertThat(instance).isEnded().hasPassed(Element.OFFBOARDINGS_STARTED);
        verify(terminations).terminate(eq("m0@bw.example"), eq("paula"), any(), any(), any());
        assertThat(reviews.find(review.id()).orElseThrow().overrideBrake()).isTrue();
    }

    @Test
    void onlyTheReviewsOrphansCanBeConfirmed() {
        givenCompany(40, 1);
        whenAReviewIsRequested();

        assertThatThrownBy(() -> complete("paula", List.of("m5@bw.example"), false))
            .hasMessageContaining("Not orphans of this review: m5@bw.example");
        verify(terminations, never()).terminate(any(), any(), any(), any(), any());
    }

    @Test
    void anAuditorSeesTheReviewButCannotConfirm() {
        givenCompany(40, 1);
        whenAReviewIsRequested();

        assertThatThrownBy(() -> complete("audrey", List.of("m0@bw.example"), false))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(instance).isWaitingAt(Task.CONFIRM_ORPHANS);
    }

    @Test
    void theScheduleStartsAReviewOfItsOwn() {
        givenCompany(20, 0);
        Job timer = engine.getManagementService()
            .createJobQuery()
            .timers()
            .activityId(Element.DUE)
            .singleResult();
        assertThat(timer).as("the scheduled start").isNotNull();

        engine.getManagementService().executeJob(timer.getId());
        instance = engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(AccessReviewProcess.KEY)
            .singleResult();
        runJobs();

        String reviewId = (String) engine.getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(Var.REVIEW_ID)
            .singleResult()
            .getValue();
        assertThat(instance).isEnded();
        AccessReview scheduled = reviews.find(reviewId).orElseThrow();
        assertThat(scheduled.requestedBy()).isEqualTo("schedule");
        assertThat(scheduled.status()).isEqualTo(AccessReview.Status.COMPLETED);
    }

    @Test
    void aSecondReviewWaitsForTheFirst() {
        givenCompany(40, 1);
        whenAReviewIsRequested();

        assertThatThrownBy(() -> service.start("pete"))
            .hasMessageContaining("Access review " + review.id() + " is still running");
    }

    @Test
    void aScheduledReviewWhileAnotherAwaitsConfirmationIsSkippedAndTheAdminsAreTold() throws Exception {
        givenCompany(40, 1);
        whenAReviewIsRequested();
        assertThat(instance).isWaitingAt(Task.CONFIRM_ORPHANS);
        io.roster.TestSmtp.server().purgeEmailFromAllMailboxes();

        Job timer = engine.getManagementService().createJobQuery().timers().activityId(Element.DUE).singleResult();
        engine.getManagementService().executeJob(timer.getId());
        ProcessInstance scheduled = engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(AccessReviewProcess.KEY)
            .list()
            .stream()
            .filter(other -> !other.getId().equals(instance.getId()))
            .findFirst()
            .orElseThrow();
        new ProcessDriver(engine, scheduled).runJobs();

        assertThat(scheduled).isEnded().hasPassed(Element.STILL_OPEN, Task.NOTIFY_SKIPPED, Element.SKIPPED)
            .hasNotPassed(Task.BUILD_INVENTORY);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Task.CONFIRM_ORPHANS).count())
            .as("one list of orphans to confirm").isOne();
        jakarta.mail.internet.MimeMessage[] mails = io.roster.TestSmtp.server().getReceivedMessages();
        assertThat(mails).extracting(jakarta.mail.internet.MimeMessage::getSubject)
            .contains("Scheduled access review skipped");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mails[0])).contains("review " + review.id());
        verify(crawl, Mockito.times(1)).crawlApps(any(), any());
    }

    private void complete(String user, List<String> confirmed, boolean override) {
        new ProcessDriver(engine, instance).complete(Task.CONFIRM_ORPHANS, user,
                Map.of(Var.CONFIRMED_ORPHANS, JsonVariables.of(confirmed), Var.OVERRIDE_BRAKE, override));
    }

    private void runJobs() {
        new ProcessDriver(engine, instance).runJobs();
    }

}
