//! Every stored shape pinned so far (see `formats`).

/// Every shape ever stored, oldest first. Never edit an entry: add one with the new
/// schema version. (Versions before 5 were not pinned.)
pub const PINNED: &[(u32, &str)] = &[
    (
    5,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
",
    ),
    (
    6,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
",
    ),
    (
    7,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
",
    ),
    (
    8,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
",
    ),
    (
    9,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments score_rules revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
ScoreRule: condition points
",
    ),
    (
    10,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments score_rules rfm revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
ScoreRule: condition points
RfmSettings: window_months table
RfmTable: cells
RfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating
",
    ),
    (
    11,
    "Customer: id name phones emails address birthday language about tags custom created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments score_rules rfm requests pseudonym_key revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
ScoreRule: condition points
RfmSettings: window_months table
RfmTable: cells
RfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating
DataRequest: id kind subject received extended_months status history
RequestKind: access rectification erasure restriction portability objection
RequestSubject: customer pseudonym
RequestStatus: open done refused
Logged: at_ms event
RequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed
",
    ),
    (
    12,
    "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments score_rules rfm requests purposes pseudonym_key revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule purpose
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
ScoreRule: condition points
RfmSettings: window_months table
RfmTable: cells
RfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating
DataRequest: id kind subject received extended_months status history
RequestKind: access rectification erasure restriction portability objection
RequestSubject: customer pseudonym
RequestStatus: open done refused
Logged: at_ms event
RequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed
ConsentEntry: at_ms purpose basis given source wording
Purpose: email_marketing sms_marketing loyalty analytics own
LawfulBasis: consent contract legitimate_interest legal_obligation
FlagEntry: at_ms flag on note
Flag: restriction objection
OwnPurpose: id name
",
    ),
    (
    13,
    "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments score_rules rfm requests purposes retention pseudonym_key revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule purpose
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
ScoreRule: condition points
RfmSettings: window_months table
RfmTable: cells
RfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating
DataRequest: id kind subject received extended_months status history
RequestKind: access rectification erasure restriction portability objection
RequestSubject: customer pseudonym
RequestStatus: open done refused
Logged: at_ms event
RequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed
ConsentEntry: at_ms purpose basis given source wording
Purpose: email_marketing sms_marketing loyalty analytics own
LawfulBasis: consent contract legitimate_interest legal_obligation
FlagEntry: at_ms flag on note
Flag: restriction objection
OwnPurpose: id name
RetentionSettings: rules log
KeptRule: id rule automatic
RetentionRule(kind months years): remove_inactive delete_old_entries
RetentionRun: at_ms rule affected automatic
",
    ),
    (
    14,
    "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision
PersonName: given family display
Birthday: month day year
CustomValue(type value): text number date yes_no choice
Interaction: id customer_id kind at_ms text score due done revision
InteractionKind: note call visit email message feedback
Score(scale value): satisfaction nps
Settings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key revision
CustomFieldDef: key label kind
CustomFieldKind(type choices): text number date yes_no choice
Programme: version currency earn expiry tier_basis tiers rewards
Currency: code exponent
EarnRules: points per_amount per_visit birthday_month_pct category_bonus
Expiry(kind months): never after_inactive_months valid_for_months
TierBasis: points_earned12m spend12m
Tier: name threshold multiplier_pct
Reward: id name cost active
LockRecord: kdf key_id wrapped_key key_check state idle_minutes
KdfParams: algorithm memory_kib iterations parallelism salt
LockState: on turning_on turning_off
Segment: id name rule purpose
Group: join items
Join: all any
Item: condition group
Condition: on test
Subject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent
Window: days
Test: is_set is_empty is is_not contains at_least at_most yes no
ScoreRule: condition points
RfmSettings: window_months table
RfmTable: cells
RfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating
DataRequest: id kind subject received extended_months status history
RequestKind: access rectification erasure restriction portability objection
RequestSubject: customer pseudonym
RequestStatus: open done refused
Logged: at_ms event
RequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed
ConsentEntry: at_ms purpose basis given source wording
Purpose: email_marketing sms_marketing loyalty analytics own
LawfulBasis: consent contract legitimate_interest legal_obligation
FlagEntry: at_ms flag on note
Flag: restriction objection
OwnPurpose: id name
RetentionSettings: rules log
OwnerEntries: controller recipients
KeptRule: id rule automatic
RetentionRule(kind months years): remove_inactive delete_old_entries
RetentionRun: at_ms rule affected automatic
",
    ),
    (15, "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision\nPersonName: given family display\nBirthday: month day year\nCustomValue(type value): text number date yes_no choice\nInteraction: id customer_id kind at_ms text score due done revision\nInteractionKind: note call visit email message feedback\nScore(scale value): satisfaction nps\nSettings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports revision\nCustomFieldDef: key label kind\nCustomFieldKind(type choices): text number date yes_no choice\nProgramme: version currency earn expiry tier_basis tiers rewards\nCurrency: code exponent\nEarnRules: points per_amount per_visit birthday_month_pct category_bonus\nExpiry(kind months): never after_inactive_months valid_for_months\nTierBasis: points_earned12m spend12m\nTier: name threshold multiplier_pct\nReward: id name cost active\nLockRecord: kdf key_id wrapped_key key_check state idle_minutes\nKdfParams: algorithm memory_kib iterations parallelism salt\nLockState: on turning_on turning_off\nSegment: id name rule purpose\nGroup: join items\nJoin: all any\nItem: condition group\nCondition: on test\nSubject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days\nTest: is_set is_empty is is_not contains at_least at_most yes no\nScoreRule: condition points\nRfmSettings: window_months table\nRfmTable: cells\nRfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating\nDataRequest: id kind subject received extended_months status history\nRequestKind: access rectification erasure restriction portability objection\nRequestSubject: customer pseudonym\nRequestStatus: open done refused\nLogged: at_ms event\nRequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed\nConsentEntry: at_ms purpose basis given source wording\nPurpose: email_marketing sms_marketing loyalty analytics own\nLawfulBasis: consent contract legitimate_interest legal_obligation\nFlagEntry: at_ms flag on note\nFlag: restriction objection\nOwnPurpose: id name\nRetentionSettings: rules log\nOwnerEntries: controller recipients\nKeptRule: id rule automatic\nRetentionRule(kind months years): remove_inactive delete_old_entries\nRetentionRun: at_ms rule affected automatic\nImportSettings: records mappings\nImportRecord: started_ms nonce file_name fingerprint rows created updated skipped state\nImportState: Running Finished RolledBack\nMapping: columns dates\nTarget: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField\nDateOrder: DayMonthYear MonthDayYear YearMonthDay\n"),
    (16, "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision\nPersonName: given family display\nBirthday: month day year\nCustomValue(type value): text number date yes_no choice\nInteraction: id customer_id kind at_ms text score due done revision\nInteractionKind: note call visit email message feedback\nScore(scale value): satisfaction nps\nSettings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports privacy_reports revision\nCustomFieldDef: key label kind\nCustomFieldKind(type choices): text number date yes_no choice\nProgramme: version currency earn expiry tier_basis tiers rewards\nCurrency: code exponent\nEarnRules: points per_amount per_visit birthday_month_pct category_bonus\nExpiry(kind months): never after_inactive_months valid_for_months\nTierBasis: points_earned12m spend12m\nTier: name threshold multiplier_pct\nReward: id name cost active\nLockRecord: kdf key_id wrapped_key key_check state idle_minutes\nKdfParams: algorithm memory_kib iterations parallelism salt\nLockState: on turning_on turning_off\nSegment: id name rule purpose\nGroup: join items\nJoin: all any\nItem: condition group\nCondition: on test\nSubject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days\nTest: is_set is_empty is is_not contains at_least at_most yes no\nScoreRule: condition points\nRfmSettings: window_months table\nRfmTable: cells\nRfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating\nDataRequest: id kind subject received extended_months status history\nRequestKind: access rectification erasure restriction portability objection\nRequestSubject: customer pseudonym\nRequestStatus: open done refused\nLogged: at_ms event\nRequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed\nConsentEntry: at_ms purpose basis given source wording\nPurpose: email_marketing sms_marketing loyalty analytics own\nLawfulBasis: consent contract legitimate_interest legal_obligation\nFlagEntry: at_ms flag on note\nFlag: restriction objection\nOwnPurpose: id name\nRetentionSettings: rules log\nOwnerEntries: controller recipients\nKeptRule: id rule automatic\nRetentionRule(kind months years): remove_inactive delete_old_entries\nRetentionRun: at_ms rule affected automatic\nImportSettings: records mappings\nImportRecord: started_ms nonce file_name fingerprint rows created updated skipped state\nImportState: Running Finished RolledBack\nMapping: columns dates\nTarget: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField\nDateOrder: DayMonthYear MonthDayYear YearMonthDay\nPrivacyLedger: yearly_budget releases\nRelease: number made_ms spec rows total unnamed_hidden\nReportSpec: metric breakdown year first_month last_month epsilon smallest_group max_visits max_spend confidence\nReleasedRow: label estimate\nEstimate: value low high\nEpsilon(thousandths)\nCellLabel: Month AgeBand AgeNotGiven Tag Region RegionNotGiven\nMetric: Customers Visits Revenue AverageSpend\nBreakdown: Month Tag AgeBand Region\n"),
    (17, "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision\nPersonName: given family display\nBirthday: month day year\nCustomValue(type value): text number date yes_no choice\nInteraction: id customer_id kind at_ms text score due done revision\nInteractionKind: note call visit email message feedback\nScore(scale value): satisfaction nps\nSettings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports privacy_reports revision\nCustomFieldDef: key label kind\nCustomFieldKind(type choices): text number date yes_no choice\nProgramme: version currency earn expiry tier_basis tiers rewards\nCurrency: code exponent\nEarnRules: points per_amount per_visit birthday_month_pct category_bonus\nExpiry(kind months): never after_inactive_months valid_for_months\nTierBasis: points_earned12m spend12m\nTier: name threshold multiplier_pct\nReward: id name cost active\nLockRecord: kdf key_id wrapped_key key_check state idle_minutes\nKdfParams: algorithm memory_kib iterations parallelism salt\nLockState: on turning_on turning_off\nSegment: id name rule purpose\nGroup: join items\nJoin: all any\nItem: condition group\nCondition: on test\nSubject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days\nTest: is_set is_empty is is_not contains at_least at_most yes no\nScoreRule: condition points\nRfmSettings: window_months table\nRfmTable: cells\nRfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating\nDataRequest: id kind subject received extended_months status history\nRequestKind: access rectification erasure restriction portability objection\nRequestSubject: customer pseudonym\nRequestStatus: open done refused\nLogged: at_ms event\nRequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed\nConsentEntry: at_ms purpose basis given source wording\nPurpose: email_marketing sms_marketing loyalty analytics own\nLawfulBasis: consent contract legitimate_interest legal_obligation\nFlagEntry: at_ms flag on note\nFlag: restriction objection\nOwnPurpose: id name\nRetentionSettings: rules log\nOwnerEntries: controller recipients\nKeptRule: id rule automatic\nRetentionRule(kind months years): remove_inactive delete_old_entries\nRetentionRun: at_ms rule affected automatic\nImportSettings: records mappings\nImportRecord: started_ms nonce file_name fingerprint rows created updated skipped state\nImportState: Running Finished RolledBack\nMapping: columns dates\nTarget: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField\nDateOrder: DayMonthYear MonthDayYear YearMonthDay\nPrivacyLedger: yearly_budget releases pseudonym_key\nRelease: number made_ms spec rows total unnamed_hidden\nReportSpec: metric breakdown year first_month last_month epsilon smallest_group max_visits max_spend confidence\nReleasedRow: label estimate\nEstimate: value low high\nEpsilon(thousandths)\nCellLabel: Month AgeBand AgeNotGiven Tag Region RegionNotGiven\nMetric: Customers Visits Revenue AverageSpend\nBreakdown: Month Tag AgeBand Region\n"),
    (18, "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision\nPersonName: given family display\nBirthday: month day year\nCustomValue(type value): text number date yes_no choice\nInteraction: id customer_id kind at_ms text score due done revision\nInteractionKind: note call visit email message feedback\nScore(scale value): satisfaction nps\nSettings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports privacy_reports revision\nCustomFieldDef: key label kind\nCustomFieldKind(type choices): text number date yes_no choice\nProgramme: version currency earn expiry tier_basis tiers rewards\nCurrency: code exponent\nEarnRules: points per_amount per_visit birthday_month_pct category_bonus\nExpiry(kind months): never after_inactive_months valid_for_months\nTierBasis: points_earned12m spend12m\nTier: name threshold multiplier_pct\nReward: id name cost active\nLockRecord: kdf key_id wrapped_key key_check state idle_minutes\nKdfParams: algorithm memory_kib iterations parallelism salt\nLockState: on turning_on turning_off\nSegment: id name rule purpose\nGroup: join items\nJoin: all any\nItem: condition group\nCondition: on test\nSubject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days\nTest: is_set is_empty is is_not contains at_least at_most yes no\nScoreRule: condition points\nRfmSettings: window_months table\nRfmTable: cells\nRfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating\nDataRequest: id kind subject received extended_months status history\nRequestKind: access rectification erasure restriction portability objection\nRequestSubject: customer pseudonym\nRequestStatus: open done refused\nLogged: at_ms event\nRequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed\nConsentEntry: at_ms purpose basis given source wording\nPurpose: email_marketing sms_marketing loyalty analytics own\nLawfulBasis: consent contract legitimate_interest legal_obligation\nFlagEntry: at_ms flag on note\nFlag: restriction objection\nOwnPurpose: id name\nRetentionSettings: rules log\nOwnerEntries: controller recipients\nKeptRule: id rule automatic\nRetentionRule(kind months years): remove_inactive delete_old_entries\nRetentionRun: at_ms rule affected automatic\nImportSettings: records mappings\nImportRecord: started_ms nonce file_name fingerprint rows created updated skipped state\nImportState: Running Finished RolledBack\nMapping: columns dates\nTarget: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField\nDateOrder: DayMonthYear MonthDayYear YearMonthDay\nPrivacyLedger: yearly_budget releases pseudonym_key\nRelease: number made_ms spec rows total unnamed_hidden\nReportSpec: metric breakdown year first_month last_month epsilon smallest_group max_visits max_spend confidence\nReleasedRow: label estimate\nEstimate: value low high\nEpsilon(thousandths)\nCellLabel: Month AgeBand AgeNotGiven Tag Region RegionNotGiven Segment Tier NoTier\nMetric: Customers Visits Revenue AverageSpend\nBreakdown: Month Tag AgeBand Region Segment Tier\n"),
    (19, "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision\nPersonName: given family display\nBirthday: month day year\nCustomValue(type value): text number date yes_no choice\nInteraction: id customer_id kind at_ms text score due done revision\nInteractionKind: note call visit email message feedback\nScore(scale value): satisfaction nps\nSettings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports privacy_reports revision\nCustomFieldDef: key label kind\nCustomFieldKind(type choices): text number date yes_no choice\nProgramme: version currency earn expiry tier_basis tiers rewards\nCurrency: code exponent\nEarnRules: points per_amount per_visit birthday_month_pct category_bonus\nExpiry(kind months): never after_inactive_months valid_for_months\nTierBasis: points_earned12m spend12m\nTier: name threshold multiplier_pct\nReward: id name cost active\nLockRecord: kdf key_id wrapped_key key_check state idle_minutes\nKdfParams: algorithm memory_kib iterations parallelism salt\nLockState: on turning_on turning_off\nSegment: id name rule purpose\nGroup: join items\nJoin: all any\nItem: condition group\nCondition: on test\nSubject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days\nTest: is_set is_empty is is_not contains at_least at_most yes no\nScoreRule: condition points\nRfmSettings: window_months table\nRfmTable: cells\nRfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating\nDataRequest: id kind subject received extended_months status history\nRequestKind: access rectification erasure restriction portability objection\nRequestSubject: customer pseudonym\nRequestStatus: open done refused\nLogged: at_ms event\nRequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed\nConsentEntry: at_ms purpose basis given source wording\nPurpose: email_marketing sms_marketing loyalty analytics own\nLawfulBasis: consent contract legitimate_interest legal_obligation\nFlagEntry: at_ms flag on note\nFlag: restriction objection\nOwnPurpose: id name\nRetentionSettings: rules log\nOwnerEntries: controller recipients\nKeptRule: id rule automatic\nRetentionRule(kind months years): remove_inactive delete_old_entries\nRetentionRun: at_ms rule affected automatic\nImportSettings: records mappings\nImportRecord: started_ms nonce file_name fingerprint rows created updated skipped state\nImportState: Running Finished RolledBack\nMapping: columns dates\nTarget: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField\nDateOrder: DayMonthYear MonthDayYear YearMonthDay\nPrivacyLedger: yearly_budget releases\nRelease: number made_ms spec rows total unnamed_hidden\nReportSpec: metric breakdown year first_month last_month epsilon smallest_group max_visits max_spend confidence\nReleasedRow: label estimate\nEstimate: value low high\nEpsilon(thousandths)\nCellLabel: Month AgeBand AgeNotGiven Tag Region RegionNotGiven Segment Tier NoTier\nMetric: Customers Visits Revenue AverageSpend\nBreakdown: Month Tag AgeBand Region Segment Tier\n"),
    (20, "Customer: id name phones emails address birthday language about tags custom consents flags created_ms updated_ms revision\nPersonName: given family display\nBirthday: month day year\nCustomValue(type value): text number date yes_no choice\nInteraction: id customer_id kind at_ms text score due done revision\nInteractionKind: note call visit email message feedback\nScore(scale value): satisfaction nps\nSettings: language country custom_fields loyalty segments score_rules rfm requests purposes records retention pseudonym_key imports privacy_reports revision\nCustomFieldDef: key label kind\nCustomFieldKind(type choices): text number date yes_no choice\nProgramme: version currency earn expiry tier_basis tiers rewards\nCurrency: code exponent\nEarnRules: points per_amount per_visit birthday_month_pct category_bonus\nExpiry(kind months): never after_inactive_months valid_for_months\nTierBasis: points_earned12m spend12m\nTier: name threshold multiplier_pct\nReward: id name cost active\nLockRecord: kdf key_id wrapped_key key_check state idle_minutes\nKdfParams: algorithm memory_kib iterations parallelism salt\nLockState: on turning_on turning_off\nSegment: id name rule purpose\nGroup: join items\nJoin: all any\nItem: condition group\nCondition: on test\nSubject: tag name email phone address birthday custom spend visits days_since_visit days_since_added points tier rfm chance_active expected_value score consent\nWindow: days\nTest: is_set is_empty is is_not contains at_least at_most yes no\nScoreRule: condition points\nRfmSettings: window_months table\nRfmTable: cells\nRfmSegment: Champions Loyal PotentialLoyalists New Promising NeedAttention AboutToSleep AtRisk CantLoseThem Hibernating\nDataRequest: id kind subject received extended_months status history\nRequestKind: access rectification erasure restriction portability objection\nRequestSubject: customer pseudonym\nRequestStatus: open done refused\nLogged: at_ms event\nRequestEvent(type months reason records_scanned hits status note): received extended bundle_given erased closed\nConsentEntry: at_ms purpose basis given source wording\nPurpose: email_marketing sms_marketing loyalty analytics own\nLawfulBasis: consent contract legitimate_interest legal_obligation\nFlagEntry: at_ms flag on note\nFlag: restriction objection\nOwnPurpose: id name\nRetentionSettings: rules log\nOwnerEntries: controller recipients\nKeptRule: id rule automatic\nRetentionRule(kind months years): remove_inactive delete_old_entries\nRetentionRun: at_ms rule affected automatic\nImportSettings: records mappings\nImportRecord: kind started_ms nonce file_name fingerprint rows created updated skipped state\nImportState: Running Finished RolledBack\nImportKind: Customers Purchases\nMapping: columns dates\nTarget: Skip KaribuId FullName GivenName FamilyName DisplayName Phone Email Address Birthday Language Tags About Custom NewField\nDateOrder: DayMonthYear MonthDayYear YearMonthDay\nPrivacyLedger: yearly_budget releases\nRelease: number made_ms spec rows total unnamed_hidden\nReportSpec: metric breakdown year first_month last_month epsilon smallest_group max_visits max_spend confidence\nReleasedRow: label estimate\nEstimate: value low high\nEpsilon(thousandths)\nCellLabel: Month AgeBand AgeNotGiven Tag Region RegionNotGiven Segment Tier NoTier\nMetric: Customers Visits Revenue AverageSpend\nBreakdown: Month Tag AgeBand Region Segment Tier\n"),
];
