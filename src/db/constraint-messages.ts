/**
 * The unique and exclusion constraints (created by the migrations) that a client's input can
 * violate, each with the input field it stands for and what the client is told: `mapKnownError`
 * (src/errors.ts) answers CONFLICT with them. A violated constraint missing here still answers
 * CONFLICT, with a generic message and no field. A pure table that imports nothing, so that the
 * error mapping at the bottom of the layers may read it.
 */
export const constraintMessages: Readonly<Record<string, { field: string; message: string }>> = {
  access_decision_owner_unique: { field: "requestId", message: "Your organization has already decided on this request" },
  access_request_open_unique: {
    field: "ipAssetId",
    message: "Your organization already has an open request for this access to this asset in this project",
  },
  agreement_alliance_unique: { field: "kind", message: "The alliance already has an alliance agreement; amend it instead" },
  agreement_project_unique: { field: "projectId", message: "The project already has an agreement; amend it instead" },
  agreement_signature_party_unique: { field: "agreementId", message: "Your organization has already signed this version" },
  agreement_version_pending_unique: { field: "agreementId", message: "Another change of this agreement is in progress; retry" },
  alliance_role_grant_unique: { field: "role", message: "The user already holds this role in the alliance" },
  benefit_plan_agreed_ip_asset_unique: {
    field: "benefitPlanId",
    message: "Another plan for this IP asset was agreed at the same moment; retry",
  },
  benefit_plan_agreed_project_unique: {
    field: "benefitPlanId",
    message: "Another plan for this project was agreed at the same moment; retry",
  },
  background_declaration_unique: { field: "ipAssetId", message: "The asset is already declared as background of this project" },
  benefit_share_organization_unique: { field: "shares", message: "each organization may hold only one share" },
  body_seat_user_unique: { field: "userId", message: "The user already holds a seat on this body" },
  booking_no_overlap: { field: "start", message: "The facility is already booked for part of this time" },
  governing_body_name_unique: { field: "name", message: "The alliance already has a body of this name" },
  deliverable_number_unique: { field: "number", message: "The project already has a deliverable with this number" },
  ip_asset_registration_unique: {
    field: "registrationNumber",
    message: "An IP asset with this registration number exists in this jurisdiction",
  },
  membership_open_unique: {
    field: "organizationId",
    message: "The organization already has an open application or membership in this alliance",
  },
  motion_open_admission_unique: { field: "subjectId", message: "An open motion already puts this application to the vote" },
  organization_credit_code_unique: { field: "creditCode", message: "An organization with this credit code exists" },
  pilot_application_open_unique: { field: "allianceId", message: "The alliance already has an open pilot application" },
  period_report_version_unique: { field: "periodId", message: "The period's report was submitted at the same time; retry" },
  personnel_rate_unique: { field: "validFrom", message: "The person already has a rate from this day" },
  project_code_unique: { field: "code", message: "The alliance already has a project with this code" },
  project_participant_current_unique: { field: "organizationId", message: "The organization already takes part in this project" },
  reporting_period_number_unique: { field: "projectId", message: "Another period of the project was created at the same time; retry" },
  shared_facility_name_unique: { field: "name", message: "The alliance already has a facility with this name" },
  time_declaration_once: {
    field: "month",
    message: "This month is already declared for this work package (pending or approved); an approved declaration never changes",
  },
  user_email_unique: { field: "email", message: "A user with this email exists" },
  vote_motion_voter_unique: { field: "motionId", message: "You have already voted on this motion" },
  work_package_number_unique: { field: "number", message: "The project already has a work package with this number" },
};
