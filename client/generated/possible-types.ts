
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
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
      "PilotApplication",
      "PolicyDocument",
      "Project",
      "ProjectParticipant",
      "RevenueEvent",
      "SharedFacility",
      "TalentExchange",
      "Task",
      "User",
      "Vote"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "LiveEvent": [
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
      "PilotApplication",
      "PolicyDocument",
      "Project",
      "ProjectParticipant",
      "RevenueEvent",
      "SharedFacility",
      "TalentExchange",
      "Task",
      "User",
      "Vote"
    ]
  }
};
      export default result;
    