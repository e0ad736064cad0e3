
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
      "BudgetAlertEvent",
      "MotionEvent",
      "ProjectActivityEvent",
      "TalentExchangeEvent",
      "TaskEvent"
    ],
    "Node": [
      "AccessDecision",
      "AccessRequest",
      "Agreement",
      "AgreementSignature",
      "AgreementVersion",
      "Alliance",
      "AllianceRoleGrant",
      "AuditEntry",
      "BackgroundDeclaration",
      "BenefitPlan",
      "BenefitShare",
      "BodySeat",
      "Booking",
      "BreachRecord",
      "Deliverable",
      "Distribution",
      "Expense",
      "FundingSource",
      "GoverningBody",
      "IpAsset",
      "IpLicense",
      "IpOwner",
      "IpOwnershipChange",
      "Membership",
      "Milestone",
      "Motion",
      "Organization",
      "PersonnelRate",
      "PilotApplication",
      "PolicyDocument",
      "Project",
      "ProjectParticipant",
      "RevenueEvent",
      "SharedFacility",
      "TalentExchange",
      "Task",
      "TimeDeclaration",
      "User",
      "Vote",
      "WorkPackage"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
      "BudgetAlertEvent",
      "MotionEvent",
      "ProjectActivityEvent",
      "TalentExchangeEvent",
      "TaskEvent"
    ],
    "Node": [
      "AccessDecision",
      "AccessRequest",
      "Agreement",
      "AgreementSignature",
      "AgreementVersion",
      "Alliance",
      "AllianceRoleGrant",
      "AuditEntry",
      "BackgroundDeclaration",
      "BenefitPlan",
      "BenefitShare",
      "BodySeat",
      "Booking",
      "BreachRecord",
      "Deliverable",
      "Distribution",
      "Expense",
      "FundingSource",
      "GoverningBody",
      "IpAsset",
      "IpLicense",
      "IpOwner",
      "IpOwnershipChange",
      "Membership",
      "Milestone",
      "Motion",
      "Organization",
      "PersonnelRate",
      "PilotApplication",
      "PolicyDocument",
      "Project",
      "ProjectParticipant",
      "RevenueEvent",
      "SharedFacility",
      "TalentExchange",
      "Task",
      "TimeDeclaration",
      "User",
      "Vote",
      "WorkPackage"
    ]
  }
};
      export default result;
    