"""Generates processes/sanction.bpmn, processes/sanction-revocation.bpmn and processes/award.bpmn."""
import sys
from bpmngen import Diagram, SIZES

CY = 220


def at(d, kind, id, name, cx, cy=CY, **kw):
    w, h = SIZES[kind]
    return d.node(kind, id, name, cx - w // 2, cy - h // 2, **kw)


def user(group, form, listener=None, doc="", extra=""):
    attrs = f'camunda:formRef="{form}" camunda:formRefBinding="deployment" camunda:candidateGroups="{group}"' + extra
    inner = f'<bpmn:documentation>{doc}</bpmn:documentation>'
    if listener:
        inner += f'<bpmn:extensionElements><camunda:taskListener delegateExpression="${{{listener}}}" event="complete" /></bpmn:extensionElements>'
    return dict(attrs=attrs, inner=inner)


def service(bean):
    return dict(attrs=f'camunda:delegateExpression="${{{bean}}}"')


def timer(id, expr):
    return dict(inner=f'<bpmn:timerEventDefinition id="{id}"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">{expr}</bpmn:timeDate></bpmn:timerEventDefinition>')


def message(id, ref):
    return dict(inner=f'<bpmn:messageEventDefinition id="{id}" messageRef="{ref}" />')


def terminate(id):
    return dict(inner=f'<bpmn:terminateEventDefinition id="{id}" />')


SCHOOL = "${routing.schoolGroup(schoolCode, 'STUDENT_AFFAIRS')}"
PRINCIPAL = "${routing.schoolGroup(schoolCode, 'PRINCIPAL')}"
COMMITTEE = "${routing.schoolGroup(schoolCode, 'APPEAL_COMMITTEE')}"
BUREAU = "${routing.supervisingBureauGroup(schoolCode)}"
ESCALATION = "${appealRouting.escalationGroup(schoolCode)}"

d = Diagram("sanction", "学生处分（含开除学籍与申诉）",
            "学校对有不良行为的学生给予处分（暂行办法第三十五条至第三十九条）：学生管理部门审核处分建议，校长决定（开除学籍须经校长办公会议研究决定，"
            "并报主管教育行政部门备案），书面通知学生或监护人；学生可向学校申诉处理委员会申诉，对复查决定不服的，可在收到复查决定之日起15个工作日内"
            "向主管教育行政部门书面申诉，主管教育行政部门应在收到申诉之日起30个工作日内处理并答复。期限按工作日日历计算。")
d.message("Message_SchoolAppealLodged", "SanctionSchoolAppealLodged")
d.message("Message_BureauAppealLodged", "SanctionBureauAppealLodged")
at(d, "startEvent", "StartEvent_SanctionProposed", "提出处分建议", 100)
at(d, "userTask", "Task_ReviewProposal", "审核处分建议", 220, **user(SCHOOL, "reviewSanctionProposalForm",
   "reviewSanctionProposalCompletionCheck", "核对违纪事实、证据和拟给处分等级是否相当；开除学籍须符合第三十六条所列情形之一。"))
at(d, "exclusiveGateway", "Gateway_ProposalSupported", "同意建议？", 370)
at(d, "userTask", "Task_DecideSanction", "校长决定处分", 490, **user(PRINCIPAL, "decideSanctionForm",
   "decideSanctionCompletionCheck", "决定是否处分及处分等级。开除学籍必须经校长办公会议研究决定：填写会议日期和会议纪要编号（第三十七条）。"))
at(d, "exclusiveGateway", "Gateway_SanctionApproved", "决定处分？", 640)
at(d, "exclusiveGateway", "Gateway_MergeNotSanctioned", "", 640, 380)
at(d, "serviceTask", "Task_RecordNotSanctioned", "记录不予处分", 770, 380, **service("recordNotSanctionedDelegate"))
at(d, "endEvent", "EndEvent_NotSanctioned", "不予处分", 900, 380)
at(d, "serviceTask", "Task_RecordDecision", "记录处分决定并通知学生", 770, **service("recordDecisionDelegate"))
at(d, "eventBasedGateway", "Gateway_SchoolAppealWindow", "等待校内申诉", 920, attrs='camunda:asyncBefore="true"')
at(d, "intermediateCatchEvent", "Message_SchoolAppeal", "学生向学校申诉", 1030,
   **message("MessageEventDefinition_SchoolAppeal", "Message_SchoolAppealLodged"))
at(d, "intermediateCatchEvent", "Timer_SchoolAppealWindow", "校内申诉期满（10个工作日）", 1030, 100,
   **timer("TimerEventDefinition_SchoolAppealWindow", "${workingDays.deadline(execution, decisionNotifiedOn, 10)}"))
at(d, "userTask", "Task_ReviewAppeal", "申诉处理委员会复查", 1150, **user(COMMITTEE, "reviewSanctionAppealForm",
   "reviewSanctionAppealCompletionCheck", "复查处分的事实、依据和程序，作出维持、变更（只能减轻）或撤销的复查决定，并填写复查决定送达学生的日期。"))
at(d, "serviceTask", "Task_RecordReviewDecision", "记录复查决定并通知学生", 1300, **service("recordReviewDecisionDelegate"))
at(d, "exclusiveGateway", "Gateway_ReviewRevoked", "撤销处分？", 1440)
at(d, "eventBasedGateway", "Gateway_BureauAppealWindow", "等待向教育行政部门申诉", 1560, attrs='camunda:asyncBefore="true"')
at(d, "intermediateCatchEvent", "Message_BureauAppeal", "学生书面申诉", 1670,
   **message("MessageEventDefinition_BureauAppeal", "Message_BureauAppealLodged"))
at(d, "intermediateCatchEvent", "Timer_BureauAppealWindow", "书面申诉期满（15个工作日）", 1670, 100,
   **timer("TimerEventDefinition_BureauAppealWindow", "${workingDays.deadline(execution, reviewDecisionReceivedOn, 15)}"))
at(d, "userTask", "Task_BureauReview", "主管教育行政部门处理申诉", 1800, **user(BUREAU, "reviewSanctionBureauAppealForm",
   "reviewSanctionBureauAppealCompletionCheck", "收到申诉之日起30个工作日内作出处理并答复：维持、变更（只能减轻）或撤销学校的处分决定。",
   ' camunda:asyncBefore="true" camunda:dueDate="${workingDays.deadline(execution, bureauAppealReceivedOn, 30)}"'))
at(d, "boundaryEvent", "Timer_BureauReplyReminder", "答复期限将至（第25个工作日）", 1780, 260, attached=("Task_BureauReview",),
   **timer("TimerEventDefinition_BureauReplyReminder", "${workingDays.deadline(execution, bureauAppealReceivedOn, 25)}"))
at(d, "boundaryEvent", "Timer_BureauReplyOverdue", "答复期限已过（30个工作日）", 1830, 260, attached=("Task_BureauReview",),
   **timer("TimerEventDefinition_BureauReplyOverdue", "${workingDays.deadline(execution, bureauAppealReceivedOn, 30)}"))
at(d, "serviceTask", "Task_RemindBureau", "提醒答复期限", 1920, 380, **service("remindBureauDelegate"))
at(d, "endEvent", "EndEvent_Reminded", "已提醒", 2050, 380)
at(d, "serviceTask", "Task_RecordBreach", "记录超期未答复", 1970, 520, **service("recordBreachDelegate"))
at(d, "userTask", "Task_SuperviseOverdueReply", "上级教育行政部门督办", 2120, 520, **user(ESCALATION, "superviseSanctionAppealForm",
   "superviseSanctionAppealCompletionCheck", "下级教育行政部门未在30个工作日内答复学生申诉：督促其处理并记录督办情况。"))
at(d, "endEvent", "EndEvent_Supervised", "已督办", 2260, 520)
at(d, "serviceTask", "Task_RecordBureauDecision", "记录申诉处理决定", 1960, **service("recordBureauDecisionDelegate"))
at(d, "exclusiveGateway", "Gateway_MergeFinal", "", 2110)
at(d, "serviceTask", "Task_FinaliseSanction", "处分决定生效", 2230, **service("finaliseSanctionDelegate"))
at(d, "exclusiveGateway", "Gateway_ExpulsionFinal", "开除学籍？", 2370)
at(d, "userTask", "Task_FileExpulsion", "开除学籍报主管部门备案", 2500, **user(BUREAU, "fileSanctionExpulsionForm", "fileSanctionExpulsionCompletionCheck",
   "核对校长办公会议决定、第三十六条所列情形和处分决定书，登记备案。"))
at(d, "endEvent", "EndEvent_ExpulsionFiled", "开除学籍已备案", 2640, **terminate("TerminateEventDefinition_ExpulsionFiled"))
at(d, "endEvent", "EndEvent_SanctionFinal", "处分程序结束", 2500, 360, **terminate("TerminateEventDefinition_SanctionFinal"))

d.flow("Flow_ToReviewProposal", "StartEvent_SanctionProposed", "Task_ReviewProposal")
d.flow("Flow_ToGatewayProposalSupported", "Task_ReviewProposal", "Gateway_ProposalSupported")
d.flow("Flow_ProposalSupported", "Gateway_ProposalSupported", "Task_DecideSanction", "同意", "${proposalSupported}")
d.flow("Flow_ProposalNotSupported", "Gateway_ProposalSupported", "Gateway_MergeNotSanctioned", "不同意", "${!proposalSupported}")
d.flow("Flow_ToGatewaySanctionApproved", "Task_DecideSanction", "Gateway_SanctionApproved")
d.flow("Flow_SanctionApproved", "Gateway_SanctionApproved", "Task_RecordDecision", "处分", "${sanctionApproved}")
d.flow("Flow_SanctionNotApproved", "Gateway_SanctionApproved", "Gateway_MergeNotSanctioned", "不处分", "${!sanctionApproved}")
d.flow("Flow_ToRecordNotSanctioned", "Gateway_MergeNotSanctioned", "Task_RecordNotSanctioned")
d.flow("Flow_ToEndNotSanctioned", "Task_RecordNotSanctioned", "EndEvent_NotSanctioned")
d.flow("Flow_ToSchoolAppealWindow", "Task_RecordDecision", "Gateway_SchoolAppealWindow")
d.flow("Flow_ToSchoolAppeal", "Gateway_SchoolAppealWindow", "Message_SchoolAppeal")
d.flow("Flow_ToSchoolAppealTimer", "Gateway_SchoolAppealWindow", "Timer_SchoolAppealWindow")
d.flow("Flow_ToReviewAppeal", "Message_SchoolAppeal", "Task_ReviewAppeal")
d.flow("Flow_SchoolWindowClosed", "Timer_SchoolAppealWindow", "Gateway_MergeFinal", via=[(1030, 40), (2135, 40)])
d.flow("Flow_ToRecordReviewDecision", "Task_ReviewAppeal", "Task_RecordReviewDecision")
d.flow("Flow_ToGatewayReviewRevoked", "Task_RecordReviewDecision", "Gateway_ReviewRevoked")
d.flow("Flow_ReviewRevoked", "Gateway_ReviewRevoked", "Gateway_MergeFinal", "撤销", "${reviewOutcome == 'REVOKE'}",
       via=[(1440, 150), (2135, 150)])
d.flow("Flow_ReviewNotRevoked", "Gateway_ReviewRevoked", "Gateway_BureauAppealWindow", "维持或变更", "${reviewOutcome != 'REVOKE'}")
d.flow("Flow_ToBureauAppeal", "Gateway_BureauAppealWindow", "Message_BureauAppeal")
d.flow("Flow_ToBureauAppealTimer", "Gateway_BureauAppealWindow", "Timer_BureauAppealWindow")
d.flow("Flow_ToBureauReview", "Message_BureauAppeal", "Task_BureauReview")
d.flow("Flow_BureauWindowClosed", "Timer_BureauAppealWindow", "Gateway_MergeFinal", via=[(2135, 100)])
d.flow("Flow_ToRemindBureau", "Timer_BureauReplyReminder", "Task_RemindBureau")
d.flow("Flow_ToEndReminded", "Task_RemindBureau", "EndEvent_Reminded")
d.flow("Flow_ToRecordBreach", "Timer_BureauReplyOverdue", "Task_RecordBreach")
d.flow("Flow_ToSupervise", "Task_RecordBreach", "Task_SuperviseOverdueReply")
d.flow("Flow_ToEndSupervised", "Task_SuperviseOverdueReply", "EndEvent_Supervised")
d.flow("Flow_ToRecordBureauDecision", "Task_BureauReview", "Task_RecordBureauDecision")
d.flow("Flow_BureauDecided", "Task_RecordBureauDecision", "Gateway_MergeFinal")
d.flow("Flow_ToFinalise", "Gateway_MergeFinal", "Task_FinaliseSanction")
d.flow("Flow_ToGatewayExpulsionFinal", "Task_FinaliseSanction", "Gateway_ExpulsionFinal")
d.flow("Flow_ExpulsionFinal", "Gateway_ExpulsionFinal", "Task_FileExpulsion", "是", "${expulsionFinal}")
d.flow("Flow_NotExpulsion", "Gateway_ExpulsionFinal", "EndEvent_SanctionFinal", "否", "${!expulsionFinal}")
d.flow("Flow_ToEndExpulsionFiled", "Task_FileExpulsion", "EndEvent_ExpulsionFiled")
open("../processes/sanction.bpmn", "w").write(d.xml())

r = Diagram("sanctionRevocation", "撤销处分",
            "受警告、严重警告、记过、留校察看处分的学生确有改正进步的，应当撤销其处分；撤销后将原处分决定和有关资料从学生个人学籍档案中移出"
            "（暂行办法第三十五条、第三十九条）。开除学籍不能撤销。")
at(r, "startEvent", "StartEvent_RevocationProposed", "提出撤销处分", 100)
at(r, "userTask", "Task_ApproveRevocation", "校长审批撤销处分", 230, **user(PRINCIPAL, "approveSanctionRevocationForm",
   "approveSanctionRevocationCompletionCheck", "核对学生受处分后的改正进步情况，决定是否撤销处分。"))
at(r, "exclusiveGateway", "Gateway_RevocationApproved", "批准撤销？", 380)
at(r, "serviceTask", "Task_RevokeSanction", "撤销处分并移出档案材料", 510, **service("revokeSanctionDelegate"))
at(r, "endEvent", "EndEvent_SanctionRevoked", "处分已撤销", 650)
at(r, "endEvent", "EndEvent_RevocationDeclined", "不予撤销", 510, 360)
r.flow("Flow_ToApproveRevocation", "StartEvent_RevocationProposed", "Task_ApproveRevocation")
r.flow("Flow_ToGatewayRevocationApproved", "Task_ApproveRevocation", "Gateway_RevocationApproved")
r.flow("Flow_RevocationApproved", "Gateway_RevocationApproved", "Task_RevokeSanction", "批准", "${revocationApproved}")
r.flow("Flow_RevocationDeclined", "Gateway_RevocationApproved", "EndEvent_RevocationDeclined", "不批准", "${!revocationApproved}")
r.flow("Flow_ToEndRevoked", "Task_RevokeSanction", "EndEvent_SanctionRevoked")
open("../processes/sanction-revocation.bpmn", "w").write(r.xml())

a = Diagram("award", "学生奖励",
            "学生奖励分为国家、省、市、县、校等层次，奖项包括单项奖和综合奖（暂行办法第三十四条）；校长确认后存入学生学籍档案（第三十九条），"
            "并通知学生或监护人（第三十八条）。")
at(a, "startEvent", "StartEvent_AwardProposed", "登记奖励", 100)
at(a, "userTask", "Task_ApproveAward", "校长确认奖励", 230, **user(PRINCIPAL, "approveAwardForm", "approveAwardCompletionCheck",
   "核对奖励名称、层次、类别和授予单位的证明材料，确认后存入学籍档案。"))
at(a, "exclusiveGateway", "Gateway_AwardApproved", "确认？", 380)
at(a, "serviceTask", "Task_RecordAward", "奖励存档并通知学生", 510, **service("recordAwardDelegate"))
at(a, "endEvent", "EndEvent_AwardRecorded", "奖励已存档", 650)
at(a, "endEvent", "EndEvent_AwardDeclined", "不予登记", 510, 360)
a.flow("Flow_ToApproveAward", "StartEvent_AwardProposed", "Task_ApproveAward")
a.flow("Flow_ToGatewayAwardApproved", "Task_ApproveAward", "Gateway_AwardApproved")
a.flow("Flow_AwardApproved", "Gateway_AwardApproved", "Task_RecordAward", "确认", "${awardApproved}")
a.flow("Flow_AwardDeclined", "Gateway_AwardApproved", "EndEvent_AwardDeclined", "不确认", "${!awardApproved}")
a.flow("Flow_ToEndAwardRecorded", "Task_RecordAward", "EndEvent_AwardRecorded")
open("../processes/award.bpmn", "w").write(a.xml())
