/** The Fides resources we write and read (fideslang models: Organization, System, PrivacyDeclaration, ContactDetails). */
export interface FidesContact {
  name?: string;
  address?: string;
  email?: string;
  phone?: string;
}

export interface FidesOrganization {
  fides_key: string;
  name?: string;
  description?: string;
  controller?: FidesContact;
  data_protection_officer?: FidesContact;
  representative?: FidesContact;
}

export interface FidesPrivacyDeclaration {
  name?: string;
  data_categories: string[];
  data_use: string;
  data_subjects: string[];
  legal_basis_for_processing?: string;
  flexible_legal_basis_for_processing?: boolean;
  impact_assessment_location?: string;
  retention_period?: string;
  processes_special_category_data?: boolean;
  special_category_legal_basis?: string;
  data_shared_with_third_parties?: boolean;
  third_parties?: string;
}

export interface FidesSystem {
  fides_key: string;
  organization_fides_key?: string;
  name?: string;
  description?: string;
  system_type?: string;
  responsibility?: string[];
  administrating_department?: string;
  privacy_declarations: FidesPrivacyDeclaration[];
  uses_profiling?: boolean;
  does_international_transfers?: boolean;
  legal_basis_for_transfers?: string[];
  requires_data_protection_assessments?: boolean;
  data_security_practices?: string;
  joint_controller_info?: string;
}

export interface FidesDocument {
  organization: FidesOrganization[];
  system: FidesSystem[];
}
