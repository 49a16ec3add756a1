package io.roster.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import io.roster.ProcessDriver;
import io.roster.TestSmtp;
import io.roster.evidence.EvidenceLog;
import io.roster.evidence.EvidenceRecord;
import io.roster.mendix.Environment;
import io.roster.mendix.EnvironmentPermission;
import io.roster.mendix.MendixAccount;
import io.roster.mendix.MendixApi;
import io.roster.mendix.MendixPlatform;
import io.roster.mendix.MendixRefusedException;
import io.roster.mendix.MendixUnavailableException;
import io.roster.mendix.ProjectRole;
import io.roster.mendix.TeamChange;
import io.roster.onboarding.OnboardingProcess.Element;
import io.roster.onboarding.OnboardingProcess.Task;
import io.roster.onboarding.OnboardingProcess.Var;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The onboarding process path by path: the engine runs for real (H2, jobs stepped by the test), the Mendix platform
 * is a mock, mail goes to the test run's SMTP server.
 */
@SpringBootTest
class OnboardingProcessTests {

    static final String NORA = "nora.vos@brightwater.example";

    static final String NORA_ID = "0b000000-0000-4000-8000-000000000001";

    static final String CLAIMS_INTAKE = "7e4db988-0ea9-5337-abf7-4af2c282fac8";

    static final String MOTOR_TRIAGE = "5be11da7-b74b-5e19-8de9-f19ccbd3b7b3";

    static final String GUILD = "5e6afde2-3ea6-51d7-90a5-e644393a5620";

    static final String DEVELOPER = "role-developer";

    private final GreenMail smtp = TestSmtp.server();

    @MockitoBean
    MendixPlatform platform;

    @Autowired
    ProcessEngine engine;

    @Autowired
    OnboardingService onboardings;

    @Autowired
    OnboardingCases cases;

    @Autowired
    OnboardingPlanner planner;

    @Autowired
    EvidenceLog evidence;

    @Autowired
    JdbcTemplate jdbc;

    String caseId;

    ProcessDriver process;

    @BeforeEach
    void platform() throws Exception {
        BpmnAwareTests.init(engine);
        smtp.purgeEmailFromAllMailboxes();
        when(platform.companyRoles(any())).thenReturn(List.of(new ProjectRole(DEVELOPER, "Developer", false, true,
                List.of()), new ProjectRole("role-tester", "Tester", false, false, List.of())));
        when(platform.environments(CLAIMS_INTAKE)).thenReturn(List.of(
                new Environment("env-test", CLAIMS_INTAKE, "Test", false, "running"),
                new Environment("env-acc", CLAIMS_INTAKE, "Acceptance", false, "running")));
        when(platform.addTeamMember(anyString(), anyString(), anyString())).thenReturn(TeamChange.ADDED);
    }

    @AfterEach
    void reset() throws Exception {
        BpmnAwareTests.reset();
        ClockUtil.reset();
        engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(OnboardingProcess.KEY)
            .list()
            .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
        // every test onboards Nora: forget the earlier ones (a completed onboarding counts as a reactivation)
        jdbc.update("DELETE FROM onboarding_plan_item");
        jdbc.update("DELETE FROM onboarding_picture");
        jdbc.update("DELETE FROM onboarding_case");
        jdbc.update("DELETE FROM offboarding_app"); // left by the offboarding tests sharing this context
        jdbc.update("DELETE FROM offboarding_case");
        smtp.purgeEmailFromAllMailboxes();
    }

    // --- paths ------------------------------------------------------------------------------------------------------

    @Test
    void activeAccount_skipsSignUp_joinsTeamsSetsPermissionsAndWelcomesWhenEveryStepIsDone() throws Exception {
        givenAccount();

        whenHrStarts("Claims", "Mendix Developer");
        process.runJobs();

        verify(platform).addTeamMember(CLAIMS_INTAKE, NORA_ID, DEVELOPER);
        verify(platform).addTeamMember(MOTOR_TRIAGE, NORA_ID, DEVELOPER);
        verify(platform).addTeamMember(GUILD, NORA_ID, DEVELOPER);
        verify(platform).setEnvironmentPermissions(CLAIMS_INTAKE, "env-acc",
                new EnvironmentPermission(NORA, true, false, true, false, true, false));
        assertThat(mails()).noneMatch(subject -> subject.contains("create your Mendix account"));
        // three internal steps in parallel: HR's training, the manager's two; and HR's picture task
        assertThat(process.tasks(Task.INTERNAL_STEP)).extracting(org.camunda.bpm.engine.task.Task::getName)
            .containsExactlyInAnyOrder("Security training", "Developer guidelines walkthrough", "Certification plan");
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("mark").count()).isEqualTo(2);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("hr").count()).isEqualTo(2);

        completeEveryStep();

        assertThat(process.instance()).hasPassed(Task.RESOLVE_ACCOUNT, Task.PLAN_ONBOARDING, Task.ADD_TO_TEAMS,
                Task.SET_PERMISSIONS, Task.SEND_WELCOME, Element.END_ONBOARDED).hasNotPassed(Task.CHECK_ACCOUNT)
            .isEnded();
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OnboardingStatus.COMPLETED);
        assertThat(cases.plan(caseId)).extracting(PlanItem::status)
            .containsOnly("ADDED", "SET", "DONE");
        assertThat(mails()).contains("Welcome aboard, Nora", "Onboarding of Nora Vos completed");
        assertThat(evidence.verify(caseId).intact()).isTrue();
        assertThat(steps()).contains("onboarding.requested", "account.found", "plan.decided", "team.member-added",
                "environment.permissions-set", "step.done", "picture.done", "welcome.sent", "onboarding.ended");
    }

    @Test
    void noAccount_signUpMailThenPollsUntilTheAccountAppears() throws Exception {
        when(platform.findAccount(NORA)).thenReturn(Optional.empty());

        whenHrStarts("Distribution", "Tester");
        process.runJobs();
        assertThat(mails()).containsExactly("Welcome to Brightwater: create your Mendix account");
        assertThat(process.instance()).isWaitingAt(Element.POLL_INTERVAL);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OnboardingStatus.WAITING_FOR_ACCOUNT);

        process.fireTimer(Element.POLL_INTERVAL);
        assertThat(process.instance()).isWaitingAt(Element.POLL_INTERVAL);

        givenAccount();
        process.fireTimer(Element.POLL_INTERVAL);

        assertThat(process.instance()).hasPassed(Task.SEND_SIGN_UP_INSTRUCTIONS, Task.CHECK_ACCOUNT,
                Task.PLAN_ONBOARDING);
        verify(platform, times(3)).findAccount(NORA);
        Onboarding onboarding = cases.find(caseId).orElseThrow();
        assertThat(onboarding.status()).isEqualTo(OnboardingStatus.IN_PROGRESS);
        assertThat(onboarding.userId()).isEqualTo(NORA_ID);
        assertThat(steps()).contains("sign-up.instructions-sent", "account.signed-up");
    }

    @Test
    void neverSignsUp_oneReminderThenATaskForHr() throws Exception {
        when(platform.findAccount(NORA)).thenReturn(Optional.empty());
        whenHrStarts("Distribution", "Tester");
        process.runJobs();

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3))));
        process.fireTimer(Element.POLL_INTERVAL);
        assertThat(mails()).contains("Reminder: create your Mendix account");
        assertThat(process.tasks(Task.FOLLOW_UP_SIGN_UP)).isEmpty();

        process.fireTimer(Element.POLL_INTERVAL);
        assertThat(mails()).filteredOn(subject -> subject.startsWith("Reminder")).hasSize(1);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));
        process.fireTimer(Element.POLL_INTERVAL);
        assertThat(process.tasks(Task.FOLLOW_UP_SIGN_UP)).hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("hr").count()).isOne();

        process.complete(Task.FOLLOW_UP_SIGN_UP, "helen", Map.of(Var.STEP_NOTE, "Called Nora, signs up today"));
        assertThat(process.instance()).isWaitingAt(Element.POLL_INTERVAL);
        process.fireTimer(Element.POLL_INTERVAL);
        assertThat(process.tasks(Task.FOLLOW_UP_SIGN_UP)).as("HR is asked once").isEmpty();
        assertThat(steps()).contains("sign-up.reminder-sent", "sign-up.followed-up");
    }

    @Test
    void startingTomorrowWithoutAnAccount_hrIsAskedAtTheFirstCheck() throws Exception {
        when(platform.findAccount(NORA)).thenReturn(Optional.empty());
        whenHrStarts("Distribution", "Tester", LocalDate.now().plusDays(1));
        process.runJobs();

        process.fireTimer(Element.POLL_INTERVAL);

        assertThat(process.tasks(Task.FOLLOW_UP_SIGN_UP)).as("no waiting five days for a start tomorrow").hasSize(1);
        assertThat(mails()).noneMatch(subject -> subject.startsWith("Reminder"));
    }

    @Test
    void startingNextWeek_theReminderAndHrsTaskComeBeforeTheStartDate() {
        when(platform.findAccount(NORA)).thenReturn(Optional.empty());
        LocalDate start = LocalDate.now().plusDays(4);
        whenHrStarts("Distribution", "Tester", start);
        process.runJobs();

        Date escalateAt = (Date) engine.getRuntimeService().getVariable(process.instance().getId(),
                Var.SIGN_UP_ESCALATE_AT);
        Date remindAt = (Date) engine.getRuntimeService().getVariable(process.instance().getId(),
                Var.SIGN_UP_REMIND_AT);
        assertThat(escalateAt.toInstant()).as("HR's task, a day before the start date")
            .isEqualTo(start.minusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        assertThat(remindAt).isBefore(escalateAt);
    }

    @Test
    void rehireWithTheLegacyApi_isReactivatedThere() throws Exception {
        givenAccount();
        givenRosterDeactivatedNoraEarlier();
        when(platform.legacyUserManagementAvailable()).thenReturn(true);
        when(platform.openIdOf(NORA)).thenReturn(Optional.of("https://mxid2.mendixcloud.com/mxid2/id?id=nora"));

        whenHrStarts("Distribution", "Tester");
        process.runJobs();

        verify(platform).reactivate("https://mxid2.mendixcloud.com/mxid2/id?id=nora");
        assertThat(process.instance()).hasPassed(Task.REACTIVATE_ACCOUNT, Task.PLAN_ONBOARDING)
            .hasNotPassed(Task.SEND_SIGN_UP_INSTRUCTIONS);
        assertThat(steps()).contains("account.deactivated", "account.reactivated");
    }

    @Test
    void rehireWithoutTheLegacyApi_aPlatformAdminReactivatesByHand() throws Exception {
        givenAccount();
        givenRosterDeactivatedNoraEarlier();

        whenHrStarts("Distribution", "Tester");
        process.runJobs();

        assertThat(process.instance()).isWaitingAt(Task.REACTIVATE_BY_HAND);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("platform-admins").count()).isOne();
        verify(platform, never()).reactivate(anyString());

        process.complete(Task.REACTIVATE_BY_HAND, "paula", Map.of(Var.STEP_DONE, true));
        assertThat(process.instance()).hasPassed(Task.PLAN_ONBOARDING);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OnboardingStatus.IN_PROGRESS);
    }

    @Test
    void cancelled_removesTheMembershipsAndPermissionsRosterGranted_andKeepsWhatWasThereBefore() throws Exception {
        givenAccount();
        when(platform.addTeamMember(GUILD, NORA_ID, DEVELOPER)).thenReturn(TeamChange.ALREADY_MEMBER);
        whenHrStarts("Claims", "Mendix Developer");
        process.runJobs();

        onboardings.cancel(caseId, "offer withdrawn", "helen");
        process.runJobs();

        verify(platform).removeTeamMember(CLAIMS_INTAKE, NORA_ID);
        verify(platform).removeTeamMember(MOTOR_TRIAGE, NORA_ID);
        verify(platform, never()).removeTeamMember(GUILD, NORA_ID);
        verify(platform).setEnvironmentPermissions(CLAIMS_INTAKE, "env-acc",
                new EnvironmentPermission(NORA, false, false, false, false, false, false));
        assertThat(process.instance()).hasPassed(Element.CANCELLED, Task.REVOKE_PERMISSIONS, Task.REMOVE_FROM_TEAMS,
                Element.END_CANCELLED).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.instance().getId()).count())
            .isZero();
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OnboardingStatus.CANCELLED);
        assertThat(steps()).contains("onboarding.cancel-requested", "team.member-removed",
                "environment.permissions-revoked", "onboarding.ended");
        assertThat(evidence.verify(caseId).intact()).isTrue();
    }

    @Test
    void cancelled_putsBackThePermissionsTheNewHireHadBefore() {
        givenAccount();
        when(platform.environmentPermissions(CLAIMS_INTAKE, "env-acc")).thenReturn(List.of(
                new EnvironmentPermission("someone.else@brightwater.example", true, true, true, true, true, true),
                new EnvironmentPermission("Nora.Vos@brightwater.example", false, false, true, false, true, false)));
        whenHrStarts("Claims", "Mendix Developer");
        process.runJobs();
        verify(platform).setEnvironmentPermissions(CLAIMS_INTAKE, "env-acc",
                new EnvironmentPermission(NORA, true, false, true, false, true, false));

        onboardings.cancel(caseId, "offer withdrawn", "helen");
        process.runJobs();

        verify(platform).setEnvironmentPermissions(CLAIMS_INTAKE, "env-acc",
                new EnvironmentPermission(NORA, false, false, true, false, true, false));
        verify(platform, never()).setEnvironmentPermissions(CLAIMS_INTAKE, "env-acc",
                new EnvironmentPermission(NORA, false, false, false, false, false, false));
        assertThat(cases.plan(caseId)).filteredOn(item -> item.kind() == PlanItem.Kind.ENVIRONMENT)
            .extracting(PlanItem::note)
            .containsExactly("revoked: the onboarding was cancelled; back to alerts,logs");
    }

    @Test
    void cancelledWhileATeamAdditionIsRetried_removesWhatItHadAlreadyAdded() {
        givenAccount();
        when(platform.addTeamMember(MOTOR_TRIAGE, NORA_ID, DEVELOPER)).thenThrow(new MendixUnavailableException(
                MendixApi.PROJECTS, "add a team member", 503, "failure to get a peer from the ring-balancer", null));
        whenHrStarts("Claims", "Mendix Developer");
        org.assertj.core.api.Assertions.assertThatThrownBy(process::runJobs)
            .hasMessageContaining("ring-balancer");
        assertThat(process.instance()).isWaitingAt(Task.ADD_TO_TEAMS);
        verify(platform).addTeamMember(CLAIMS_INTAKE, NORA_ID, DEVELOPER);
        assertThat(evidence.records(caseId)).as("the failed attempt is evidence, though its job rolled back")
            .anyMatch(record -> record.step().equals("team.member-add") && record.outcome().equals("ATTEMPT_FAILED")
                    && record.detail().contains("ring-balancer"));

        onboardings.cancel(caseId, "offer withdrawn", "helen");
        process.runJobs();

        verify(platform).removeTeamMember(CLAIMS_INTAKE, NORA_ID);
        verify(platform).removeTeamMember(MOTOR_TRIAGE, NORA_ID);
        verify(platform, never()).removeTeamMember(GUILD, NORA_ID);
        verify(platform, never()).setEnvironmentPermissions(anyString(), anyString(), any());
        assertThat(process.instance()).hasPassed(Task.REVOKE_PERMISSIONS, Task.REMOVE_FROM_TEAMS, Element.END_CANCELLED)
            .isEnded();
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OnboardingStatus.CANCELLED);
    }

    @Test
    void cancelledWhileWaitingForTheSignUp_hasNothingToUndo() {
        when(platform.findAccount(NORA)).thenReturn(Optional.empty());
        whenHrStarts("Claims", "Mendix Developer");
        process.runJobs();

        onboardings.cancel(caseId, "start date moved away", "helen");
        process.runJobs();

        assertThat(process.instance()).isEnded();
        verify(platform, never()).removeTeamMember(anyString(), anyString());
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(OnboardingStatus.CANCELLED);
    }

    @Test
    void anInvitationIsHandled_andItsPermissionsWaitForAPerson() throws Exception {
        givenAccount();
        when(platform.addTeamMember(CLAIMS_INTAKE, NORA_ID, DEVELOPER)).thenReturn(TeamChange.INVITED);
        when(platform.addTeamMember(MOTOR_TRIAGE, NORA_ID, DEVELOPER)).thenThrow(new MendixRefusedException(
                MendixApi.PROJECTS, "add-member", 409, "The user must be an active member of the platform"));

        whenHrStarts("Claims", "Mendix Developer");
        process.runJobs();

        assertThat(cases.plan(caseId)).extracting(PlanItem::appId, PlanItem::kind, PlanItem::status)
            .contains(org.assertj.core.groups.Tuple.tuple(CLAIMS_INTAKE, PlanItem.Kind.TEAM, "INVITED"),
                    org.assertj.core.groups.Tuple.tuple(CLAIMS_INTAKE, PlanItem.Kind.ENVIRONMENT, "SKIPPED"),
                    org.assertj.core.groups.Tuple.tuple(MOTOR_TRIAGE, PlanItem.Kind.TEAM, "REFUSED"),
                    org.assertj.core.groups.Tuple.tuple(GUILD, PlanItem.Kind.TEAM, "ADDED"));
        assertThat(cases.plan(caseId)).filteredOn(item -> "REFUSED".equals(item.status()))
            .extracting(PlanItem::note)
            .containsExactly("The user must be an active member of the platform");
        verify(platform, never()).setEnvironmentPermissions(anyString(), anyString(), any());

        completeEveryStep();
        assertThat(mailText("Onboarding of Nora Vos completed")).contains("INVITED").contains("REFUSED")
            .contains("need a person");
    }

    // --- the decision table -----------------------------------------------------------------------------------------

    @Test
    void theDecisionTablePlansByDepartmentAndJobTitle() {
        assertThat(planner.plan("Claims", "Mendix Developer")).extracting(PlanItem::kind)
            .containsExactly(PlanItem.Kind.TEAM, PlanItem.Kind.ENVIRONMENT, PlanItem.Kind.TEAM, PlanItem.Kind.TEAM,
                    PlanItem.Kind.STEP, PlanItem.Kind.STEP, PlanItem.Kind.STEP);
        assertThat(planner.plan("Claims", "QA Engineer")).extracting(PlanItem::describe)
            .containsExactly("team of app " + CLAIMS_INTAKE + " as Tester", "Security training (hr)");
        assertThat(planner.plan("Distribution", "Senior Mendix Developer")).extracting(PlanItem::appId)
            .contains("2b864980-68f3-583c-874f-f4a4add641ed", GUILD)
            .doesNotContain(CLAIMS_INTAKE);
        assertThat(planner.plan("Finance", "Business Analyst")).extracting(PlanItem::describe)
            .containsExactly("Security training (hr)");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void whenHrStarts(String department, String jobTitle) {
        whenHrStarts(department, jobTitle, LocalDate.now().plusDays(14));
    }

    private void whenHrStarts(String department, String jobTitle, LocalDate startDate) {
        Onboarding onboarding = onboardings.start(new StartOnboarding(NORA, "Nora", "Vos", jobTitle, department,
                "Netherlands", "Rotterdam", "mark", startDate, "HR-2026-0977", null), "helen");
        caseId = onboarding.id();
        process = new ProcessDriver(engine, engine.getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .singleResult());
    }

    private void givenAccount() {
        when(platform.findAccount(NORA)).thenReturn(Optional.of(new MendixAccount(NORA, NORA_ID)));
    }

    private void givenRosterDeactivatedNoraEarlier() {
        jdbc.update("INSERT INTO offboarding_case (id, leaver_email, last_working_moment, termination, manager, "
                + "reason, requested_by, requested_at, status, access_denied_at) VALUES (?, ?, ?, FALSE, 'mark', "
                + "'RESIGNATION', 'helen', ?, 'COMPLETED', ?)", "off-00000000-0000-0000-0000-00000000000" + 1,
                NORA, Timestamp.from(Instant.now().minusSeconds(1)), Timestamp.from(Instant.now().minusSeconds(60)),
                Timestamp.from(Instant.now().minusSeconds(1)));
    }

    private void completeEveryStep() {
        for (org.camunda.bpm.engine.task.Task step : process.tasks(Task.INTERNAL_STEP)) {
            boolean forManager = engine.getTaskService().getIdentityLinksForTask(step.getId()).stream()
                .anyMatch(link -> "mark".equals(link.getUserId()));
            process.complete(step, forManager ? "mark" : "helen", Map.of(Var.STEP_DONE, true));
        }
        process.complete(Task.PROFILE_PICTURE, "helen", Map.of(Var.STEP_DONE, true));
    }

    private List<String> steps() {
        return evidence.records(caseId).stream().map(EvidenceRecord::step).toList();
    }

    /** The subjects of the mails to Nora or her manager (other test classes share the SMTP server). */
    private List<String> mails() throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String to = java.util.Arrays.toString(mail.getAllRecipients());
            if (to.contains(NORA) || mail.getSubject().contains("Nora")) {
                subjects.add(mail.getSubject());
            }
        }
        return subjects;
    }

    private String mailText(String subject) throws Exception {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (subject.equals(mail.getSubject())) {
                return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
            }
        }
        throw new AssertionError("no mail " + subject);
    }

}
