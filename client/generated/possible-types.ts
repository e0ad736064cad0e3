
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
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
      "PilotApplication",
      "PolicyDocument",
      "Project",
      "ProjectParticipant",
      "RevenueEvent",
      "SharedFacility",
      "TalentExchange",
      "Task",
      "User"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
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
      "PilotApplication",
      "PolicyDocument",
      "Project",
      "ProjectParticipant",
      "RevenueEvent",
      "SharedFacility",
      "TalentExchange",
      "Task",
      "User"
    ]
  }
};
      export default result;
    