package io.roster.offboarding;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Proposes what to do with an app by evaluating {@code processes/app-disposition.dmn}: a change of the table changes
 * the proposals without code.
 */
@Component
class DispositionPolicy {

    /** A proposal and the rule's reason, shown to the manager. */
    record Proposal(Disposition disposition, String reason) {
    }

    private final DecisionService decisions;

    DispositionPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    Proposal propose(AppFacts facts) {
        Map<String, Object> inputs = Variables.createVariables()
            .putValue("technicalContact", facts.technicalContact())
            .putValue("cloud", facts.cloud().name())
            .putValue("licenseType", facts.licenseType() == null ? "UNKNOWN" : facts.licenseType())
            .putValue("training", facts.training())
            .putValue("otherActiveMembers", facts.otherActiveMembers())
            .putValue("scrumMaster", facts.scrumMaster())
            .putValue("onlyScrumMaster", facts.onlyScrumMaster());
        DmnDecisionRuleResult result = decisions
            .evaluateDecisionTableByKey(OffboardingProcess.DISPOSITION_DECISION, inputs)
            .getSingleResult();
        if (result == null) {
            return new Proposal(Disposition.MANUAL, "No rule of the disposition table matched.");
        }
        return new Proposal(Disposition.valueOf(result.getEntry("disposition")), result.getEntry("reason"));
    }

}
