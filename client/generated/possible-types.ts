
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
      "BudgetAlertEvent",
      "ProjectActivityEvent",
      "TalentExchangeEvent",
      "TaskEvent"
    ],
    "Node": [
      "Agreement",
      "AgreementSignature",
      "AgreementVersion",
      "Alliance",
      "AllianceRoleGrant",
      "AuditEntry",
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
      "Membership",
      "Milestone",
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
      "WorkPackage"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
      "BudgetAlertEvent",
      "ProjectActivityEvent",
      "TalentExchangeEvent",
      "TaskEvent"
    ],
    "Node": [
      "Agreement",
      "AgreementSignature",
      "AgreementVersion",
      "Alliance",
      "AllianceRoleGrant",
      "AuditEntry",
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
      "Membership",
      "Milestone",
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
      "WorkPackage"
    ]
  }
};
      export default result;
    