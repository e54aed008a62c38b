# English: the source language. Checked by: the Karibu team.
#
# Notes for translators
# - Write for a shop owner at the counter: short, plain, friendly; not word for word.
# - Keep every key and every { $variable } exactly; translate only the text.
# - { $n -> [one] … *[other] … } picks a plural form by the number (CLDR categories of
#   your language; the *[other] form is required and is the fallback).
# - Numbers, amounts and dates arrive already formatted in your language's digits.

AppName = Karibu
SkipToContent = Skip to content
MainNavigation = Main
NavCustomers = Customers
NavToday = Today
NavSettings = Settings
Offline = Offline: everything still works on this device
OtherTabChanged = Karibu was upgraded in another tab. Reload to continue.
UpgradeBlocked = Karibu is updating its storage. Close or reload Karibu in your other tabs to finish.
Reload = Reload
NewerVersionOpen = A newer version of Karibu is using the customer book. Reload this tab to continue; nothing has been lost.
SetAsideBanner = Damaged records that could not be read: { $n }. They are set aside exactly as they were, and the rest of the book works as usual.
ExportSetAside = Export them
DiscardSetAside = Discard them
ConfirmDiscardSetAside = Discard the set-aside records for good? Export them first if anyone might recover them.
StoreFailed = The customer book could not be opened: { $error }
Loading = Loading customers… { $n }

SearchLabel = Search customers
SearchPlaceholder = Name, phone, email or tag
AddCustomer = Add customer
FilterByTag = Filter by tag
AllTags = All tags
SortBy = Sort by
SortNameAsc = Name A–Z
SortNameDesc = Name Z–A
SortUpdated = Recently updated
SortNewest = Newest
CustomerCount = { $n ->
    [one] { $n } customer
   *[other] { $n } customers
}
CustomerList = Customer list
NoCustomersYet = No customers yet. Add your first one.
NoMatch = No customer matches “{ $q }”.
SelectCustomer = Select { $name }
SelectedCount = { $n } selected
TagToAdd = Tag to add to or remove from the selected customers
AddTag = Add tag
DeleteSelected = Delete selected
ClearSelection = Clear selection
DeletedCount = { $n } deleted
Undo = Undo
Dismiss = Dismiss

NewCustomer = New customer
EditCustomer = Edit customer
GivenName = Given name
FamilyName = Family name
DisplayName = Name used (optional, e.g. “Mama Njeri”)
Phone = Phone
AddPhone = Add another phone
Email = Email
AddEmail = Add another email
Address = Address
Birthday = Birthday
BirthdayHint = YYYY-MM-DD, or MM-DD without the year
PreferredLanguage = Preferred language (e.g. en, sw, ur)
About = About (favourite drink, allergies…)
AboutShort = About
Tags = Tags
TagsHint = Separate tags with commas
Save = Save
Cancel = Cancel
FixProblems = Please fix the problems marked below. Nothing was saved yet; what you typed is kept.
SaveFailed = Could not save: { $error }. What you typed is kept.
Conflict = This was changed in another tab meanwhile, so your change was not saved. The latest version is shown now; make your change again.
NotFound = This customer is not in the book (perhaps deleted).
BackToList = Back to customers

Edit = Edit
Delete = Delete
Deleting = Deleting…
ConfirmDelete = Delete { $name } and their timeline?
Created = Added { $date }
Timeline = Timeline
NothingYet = Nothing on the timeline yet.
AddToTimeline = Add to timeline
Kind = Kind
WhatHappened = What happened
When = When (leave empty for now)
FollowUpOn = Follow up on (optional)
Score = Score
NpsScale = Net Promoter score (0–10)
KindNote = Note
KindCall = Call
KindVisit = Visit
KindEmail = Email
KindMessage = Message
KindFeedback = Feedback
FollowUpDue = Follow up by { $date }
MarkDone = Mark done
Done = Done
ScoreOf = Score { $score }

FollowUpsDue = Follow-ups due
NothingDue = Nothing due. Enjoy the day.
BirthdaysThisWeek = Birthdays this week
NoBirthdays = No birthdays this week.
IsToday = today
InDays = { $n ->
    [one] in { $n } day
   *[other] in { $n } days
}
Overdue = overdue since { $date }

Language = Language
FollowBrowser = Follow the browser
Country = Country for phone numbers typed without +
NoCountry = None: always type +country code
CustomFields = Custom fields
FieldLabel = Field name
FieldType = Field type
Choices = Choices, separated by commas
AddField = Add field
RemoveField = Remove field { $label }
TypeText = Text
TypeNumber = Number
TypeDate = Date
TypeYesNo = Yes/no
TypeChoice = Choice
FieldLabelRequired = Give the field a name.
ChoicesRequired = A choice field needs at least one choice.
Storage = Storage on this device
PersistGranted = Persistent storage granted: the browser will not clear your customers to free space.
PersistDenied = Persistent storage not granted: the browser may clear data when the disk is nearly full. Installing Karibu usually helps.
PersistUnknown = Checking storage…
AskPersist = Ask for persistent storage
DemoData = Demo data
DemoHowMany = How many demo customers
LoadDemo = Add demo customers
DemoProgress = Added { $done } of { $total }
NavCounter = Counter
NavLoyalty = Loyalty
CounterTitle = At the counter
FindCustomer = Customer: name or phone
Matches = Matching customers
WalkIn = Walk-in sale (no customer)
WalkInName = Walk-in
ChangeCustomer = Change customer
Amount = Amount ({ $currency })
PurchaseCategories = Categories, separated by commas
PurchaseNote = Note
MoreDetails = Categories, note, time
RecordSale = Record sale
SaleRecorded = Sale of { $amount } recorded
EarnedPoints = { $n ->
    [one] +{ $n } point
   *[other] +{ $n } points
}
Balance = Balance
PointsN = { $n ->
    [one] { $n } point
   *[other] { $n } points
}
Tier = Tier
NoTier = No tier yet
ToNextTier = { $needed } more to { $tier }
TopTier = Top tier
RewardsAvailable = Rewards available now
RedeemReward = { $cost ->
    [one] Redeem { $reward } for { $cost } point
   *[other] Redeem { $reward } for { $cost } points
}
NextReward = { $needed ->
    [one] { $needed } more point for { $reward }
   *[other] { $needed } more points for { $reward }
}
Redeemed = { $reward } redeemed
NextSale = Next sale
LoyaltyHeading = Loyalty
PurchasesHeading = Purchases
SpentSummary = { $count ->
    [one] { $count } purchase, { $total } in all
   *[other] { $count } purchases, { $total } in all
}
LedgerHeading = Points history
NoPurchases = No purchases yet.
NoEntries = No points yet.
Void = Void
VoidPurchase = Void purchase of { $amount }
VoidReason = Reason for voiding
Voided = Voided: { $reason }
AdjustPoints = Adjust points
PointsChange = Points to add (use − to take away)
Reason = Reason
Apply = Apply
EntryEarn = Earned on a purchase
EntryRedeem = Redeemed: { $reward }
EntryExpire = Expired
EntryAdjust = Adjusted: { $reason }
EntryReverse = Taken back, purchase voided: { $reason }
ConfirmDeleteWithPoints = Delete { $name }? They hold { $points ->
    [one] { $points } point
   *[other] { $points } points
}, and their points history is deleted with them. Their purchases stay in the shop's sales, without their name.
ProgrammeFigures = Programme figures
PointsIssued = Points issued
PointsRedeemed = Points redeemed
Outstanding = Points still owed to customers
RedemptionRate = Redemption rate
MembersByTier = Members by tier
TopCustomers = Best customers by spend
RevenueByMonth = Sales by month
ReadingAccounts = Reading accounts… { $n }
Month = Month
Sales = Sales
LoyaltySettings = Loyalty programme
EarnPoints = Points earned
PerAmount = for every ({ $currency })
PerVisit = Points for each visit
BirthdayPct = Points in the birthday month, % (100 = no bonus, 200 = double)
CategoryBonus = Extra points in categories, e.g. “coffee: 2, cake: 1”
Expiry = Points expire
ExpiryNever = Never
ExpiryInactive = All of them, after this many months without a visit
ExpiryValid = Each point, this many months after it was earned
ExpiryMonths = Months
TierBasis = Tiers go by
BasisPoints = Points earned in the last 12 months
BasisSpend = Spend in the last 12 months
Tiers = Tiers
TierName = Tier name
Threshold = From
Multiplier = Multiplier, %
TiersHint = Each tier starts at its “From” value. Its multiplier scales the points earned: 150% is one and a half times.
AddTier = Add tier
RemoveTier = Remove tier { $n }
Rewards = Rewards
RewardName = Reward
RewardCost = Cost in points
RewardActive = Offered
AddReward = Add reward
RemoveReward = Remove reward { $n }
SaveProgramme = Save programme
ProgrammeSaved = Programme saved (version { $v }). Points already in the ledger keep the rules they were earned under.
LoyaltySettingsLink = Loyalty programme settings
AddDaySales = Add a day of demo sales
DaySalesDone = { $n ->
    [one] { $n } demo sale added
   *[other] { $n } demo sales added
}
SalesLoading = Loading sales…
AmountPlain = Amount
PurchaseWhen = When (leave empty for now)
EditPurchase = Edit purchase of { $amount }
Currency = Currency
CurrencyHint = Amounts already recorded keep their figures: choose the currency before recording sales.
ConfirmBulkDeleteWithPoints = { $n ->
    [one] Delete { $n } customer?
   *[other] Delete { $n } customers?
} Between them they hold { $points ->
    [one] { $points } point
   *[other] { $points } points
}, and their points history is deleted with them. Their purchases stay in the shop's sales, without their names.

ProblemAmountEmpty = Enter an amount.
ProblemAmountNumber = Amount: digits only, like 250 or 250.50.
ProblemAmountNegative = The amount can't be negative.
ProblemAmountDecimals = The amount has too many decimals: at most { $n }.
ProblemAmountZero = The amount must be more than zero.
ProblemInFuture = The date can't be in the future.
ProblemWhenShape = When: pick a date and time.
ProblemVoidReason = Give a reason for voiding.
ProblemAlreadyVoid = This purchase is already voided.
ProblemNotEnoughPoints = Not enough points: { $cost } needed, the balance is { $balance }.
ProblemUnknownReward = That reward is no longer in the catalogue.
ProblemRewardInactive = That reward is not offered now.
ProblemReasonRequired = Give a reason.
ProblemWouldGoNegative = { $change ->
    [one] Can't take away { $change } point: the balance is { $balance }.
   *[other] Can't take away { $change } points: the balance is { $balance }.
}
ProblemNoCustomer = A walk-in sale earns no points.
ProblemPointsWhole = Points: a whole number, like 20 or −20.
ProblemWholeNumber = A whole number, { $min } or more.
ProblemRequired = Required.
ProblemNotAscending = Must be higher than the tier before it.
ProblemBonusFormat = Write “category: points”, separated by commas.
Saved = Saved
Yes = yes
No = no

## App updates (hosting)
UpdateReady = A new version of Karibu is ready.

## Problems with what was typed, each naming its field
ProblemNameRequired = Name: type a given name, a family name or the name used.
ProblemTooLong = Too long: at most { $max } characters.
ProblemEmailShape = Email: this does not look like an address (name@example.com).
ProblemPhoneCharacter = Phone: “{ $char }” is not allowed; use digits, spaces and +.
ProblemPhoneLength = Phone: too few or too many digits for the country.
ProblemPhoneCountryCode = Phone: start with + and the country code, or set the country in Settings.
ProblemBirthdayShape = Birthday: write it as YYYY-MM-DD, or MM-DD without the year.
ProblemBirthdayFuture = Birthday: this date is in the future.
ProblemLanguageShape = Preferred language: use a language code such as en, sw or ur.
ProblemCustomNumber = Type a number.
ProblemCustomDate = Type a date as YYYY-MM-DD.
ProblemCustomYesNo = Answer yes or no.
ProblemCustomChoice = Pick one of the listed choices.
ProblemNoteText = What happened: write a few words.
ProblemFollowUpShape = Follow up on: write the date as YYYY-MM-DD.
ProblemFollowUpPast = Follow up on: this date has passed.
ProblemNoteWhenShape = When: pick a date and time.
ProblemNoteWhenFuture = When: this is in the future.
ProblemScoreRange = Score: a whole number from { $min } to { $max }.
ProblemAmountTooLarge = The amount is too large: at most { $max }.
ProblemPointsTooLarge = Points: at most { $max } at a time, up or down.
ProblemBalanceFull = The balance can't hold that many more points.
ProblemTooLarge = Too large: at most { $max }.

## Storage failures, said inside other sentences ("Could not save: …"), so without a full stop
StoreFull = this device's storage is full, so this was not saved. Everything saved before is safe. Free some space on the device (or export and remove old data), then try again
StoreDeleted = this customer was deleted (perhaps in another tab), so nothing was saved for them. If that was a mistake, undo the delete where it was made
StoreNotEnoughPoints = not enough points: the balance is now { $balance } (perhaps spent in another tab)
StoreProblem = the browser's storage reported a problem ({ $detail })

## Page titles (the navigation may use shorter words)
CustomersTitle = Customers
SettingsTitle = Settings

## The starting loyalty programme, named in the owner's language when a book is new
StartTierBronze = Bronze
StartTierSilver = Silver
StartTierGold = Gold
StartRewardCoffee = Free coffee
StartRewardTenOff = 10% off

## Long histories are shown a page at a time
ShowOlder = Show older ({ $n } more)

## A date picker in the calendar the language shows
PickDate = Pick a date
PreviousMonth = Previous month
NextMonth = Next month
StoreLocked = the customer book is locked. Unlock it with your passphrase, then try again
StoreLockChanged = the app lock was changed in another tab. This tab has caught up: try again; nothing has been lost
LockWrongPassphrase = That passphrase does not open this book. Nothing was changed.
LockTooShort = A passphrase needs at least { $n } characters.
LockUnreadable = This book's lock cannot be read by this version of Karibu. Nothing was changed.
LockStateChanged = The app lock changed meanwhile, perhaps in another tab. Reload the page; nothing has been lost.
UnlockTitle = Karibu is locked
UnlockIntro = Type your passphrase to open the customer book on this device.
Passphrase = Passphrase
UnlockButton = Unlock
Unlocking = Checking the passphrase…
UnlockWait = 
    Too many wrong passphrases. Try again in { $n ->
        [one] { $n } second.
       *[other] { $n } seconds.
    }
UnlockForgotten = Forgotten the passphrase? Nobody can recover it, not even Karibu: that is what keeps the book safe if this device is lost.
AppLock = App lock
AppLockIntro = With the lock on, the customer book is encrypted on this device, and Karibu asks for the passphrase whenever it opens or has been left unused.
AppLockWarning = If you forget the passphrase, nobody can recover it, not even Karibu, and the customer book can never be opened again. Write it down and keep it somewhere safe.
NewPassphrase = New passphrase
RepeatPassphrase = New passphrase again
PassphraseHint = At least { $n } characters. A few words you will remember are stronger than a short password.
UnderstandUnrecoverable = I understand that a forgotten passphrase cannot be recovered
TurnLockOn = Turn on the lock
PassphrasesDiffer = The two new passphrases are not the same.
ConfirmUnrecoverable = Tick the box to say you have read the warning.
LockIsOn = The lock is on: the customer book is encrypted on this device.
LockAfter = Lock by itself after
IdleMinutes = 
    { $n ->
        [one] { $n } minute without use
       *[other] { $n } minutes without use
    }
IdleNever = Never
LockNow = Lock now
ChangePassphrase = Change passphrase
CurrentPassphrase = Current passphrase
PassphraseChanged = Passphrase changed. Use the new one from now on.
TurnLockOff = Turn off the lock
TurnLockOffHint = The customer book will be stored unencrypted on this device again.
LockTurnedOn = The lock is on. The customer book is encrypted.
LockTurnedOff = The lock is off.
LockConverting = The lock is still being turned on or off. Try again when it has finished.
LockingBook = Encrypting the customer book. You can keep working.
UnlockingBook = Removing the lock from the customer book. You can keep working.
RecordsDone = { $done } of { $total } records
BackupNotABackup = This file is not a Karibu backup. Nothing was changed.
BackupNewerFormat = This backup was made by a newer version of Karibu. Update Karibu on this device, then restore it. Nothing was changed.
BackupTruncated = The backup file is incomplete: it may not have finished downloading or copying. Nothing was changed.
BackupDamaged = The backup file is damaged and cannot be restored. Nothing was changed.
BackupNeedsPassphrase = This backup is protected by a passphrase. Type it to restore the backup.
BackupWrongPassphrase = That passphrase does not open this backup. Nothing was changed.
BackupHeading = Backup and restore
BackupIntro = A backup is one file with every customer, note, sale, points balance and setting in this book. Keep it away from this device, for example on a USB stick or another computer.
BackupProtect = Protect the backup with a passphrase
BackupProtectHint = Without a passphrase, anyone who gets the file can read every customer's details. A forgotten backup passphrase cannot be recovered.
BackupPassphrase = Backup passphrase
BackupPassphraseAgain = Backup passphrase again
BackupPassphrasesDiffer = The two backup passphrases are not the same.
BackupDownload = Download a backup
BackupWriting = Writing the backup…
BackupSaved = Backup saved as { $file }. Keep it somewhere safe.
RestoreHeading = Restore a backup
RestoreIntro = Restoring replaces everything in the customer book on this device with the backup. Anything entered since the backup was made is lost. The file is checked whole first: a damaged one changes nothing.
RestoreFile = Backup file
RestoreMadeAt = Made
RestoreCustomers = Customers
RestoreNotes = Notes and follow-ups
RestorePurchases = Purchases
RestorePassphrase = Passphrase of this backup
RestoreButton = Restore this backup
RestoreConfirm = Replace everything in the customer book on this device with this backup? Anything entered since it was made will be lost.
RestoreChecking = Checking and restoring the backup…
RestoreDone = The backup is restored.
BackupBeforeLock = Download a backup first
RestoreChooseFile = Choose a backup file first.
NavInsights = Insights
InsightsHeading = Who is valuable, who is slipping away
InsightsWorking = Working out scores and forecasts… { $percent }
RfmHeading = How recently and how often
RfmExplain = Customers who bought in the last { $months } months, scored 1 to 5 by fifths: 5 is the most recent or the most frequent. Choose a square to see its customers. Rows are recency, columns are frequency.
RfmCaption = Customers and takings by recency (rows) and frequency (columns)
RfmFrequencyScore = Frequency { $f }
RfmRecencyScore = Recency { $r }
RfmCellScores = Recency { $r }, frequency { $f }:
RfmCellCustomers = 
    Recency { $r }, frequency { $f }: { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
AndMore = and { $n } more
SegmentsHeading = Segments
SegChampions = Champions
SegLoyal = Loyal
SegPotentialLoyalists = Could become loyal
SegNew = New
SegPromising = Promising
SegNeedAttention = Need attention
SegAboutToSleep = About to drift off
SegAtRisk = At risk
SegCantLoseThem = Can't lose them
SegHibernating = Gone quiet
AtRiskHeading = Slipping away
AtRiskExplain = Regular customers who have stayed away longer than usual, the most valuable first. Value at risk is what they would spend in the next { $months } months if they came back, times the chance they will not.
AtRiskNone = No regular customer is slipping away right now.
ColCustomer = Customer
ColCustomers = Customers
ColWhy = Why
ColStillCustomer = Chance still a customer
ColValueAtRisk = Value at risk
AtRiskWhy = Last visit { $last }; usually every { $days } days
ModelsHeading = Forecasts, and how far to trust them
ModelsFitted = Worked out from { $customers } customers ({ $repeat } came back at least once) on { $date }.
ModelsTooFew = Forecasts need more history: at least { $customers } customers, { $repeat } of whom came back. So far: { $have_customers } customers, { $have_repeat } came back.
ModelsNotSettled = The forecast did not settle on this shop's purchases, so none is shown rather than an unreliable one.
VisitsModel = Visits model (BG/NBD)
SpendModel = Spend model (Gamma-Gamma)
SpendModelMissing = Too few repeat purchases to model spending yet.
LogLikelihood = Log-likelihood
HoldoutHeading = Checked against the last { $weeks } weeks
HoldoutExplain = The forecast was worked out again without the last { $weeks } weeks, then asked how many visits each group would make in them. Close bars mean the forecast can be trusted.
HoldoutPredicted = Forecast visits per customer
HoldoutActual = Actual visits per customer
HoldoutTableCaption = Forecast and actual visits in the check weeks, by visits before them
HoldoutVisitsBefore = Repeat visits before
HoldoutOrMore = { $n } or more
OutlookHeading = Outlook
OutlookWorking = Working out the forecast…
OutlookSegment = Segment
OutlookNoModel = A forecast appears once the shop has more purchase history.
OutlookStillCustomer = Chance still a customer
OutlookVisits = Expected visits, next { $months } months
OutlookValue = Expected spending, next { $months } months
OutlookExplain = From this shop's own purchases: how often { $name } has come, and how long it has been since.
RestoreReadingFile = Reading the file…
SegmentNameMissing = Give the segment a name.
SegmentNameTaken = Another segment already has this name. Choose a different one.
SegmentGone = This segment was deleted in another tab, so it was not saved.
ConditionValueMissing = fill in a value.
ConditionNotANumber = type a number, such as 3 or 2.5.
ConditionNotAPercent = type a percentage from 0 to 100.
ConditionProblem = Condition { $n }: { $problem }
SubjectSpend = Spent
SubjectVisits = Visits
SubjectDaysSinceVisit = Days since last visit
SubjectTag = Tag
SubjectPoints = Points balance
SubjectTier = Loyalty tier
SubjectRfm = RFM segment
SubjectChanceActive = Chance still a customer (%)
SubjectExpectedValue = Expected spending, next 12 months
SubjectName = Name
SubjectEmail = Email
SubjectPhone = Phone
SubjectAddress = Address
SubjectBirthday = Birthday
SubjectDaysSinceAdded = Days since added
TestNeverBought = never bought
TestIsSet = is filled in
TestIsEmpty = is empty
TestIs = is
TestIsNot = is not
TestContains = contains
TestAtLeast = at least
TestAtMost = at most
TestYes = is yes
TestNo = is no
WindowAllTime = ever
WindowDays = in the last { $n } days
SegmentMatches = 
    { $n ->
        [one] { $n } customer matches
       *[other] { $n } customers match
    }
SegmentReadingPoints = Reading loyalty points… { $n }
SegmentCounting = Counting…
EditSegment = Edit segment
NewSegment = New segment
AllSegments = All segments
SegmentName = Segment name
GroupN = Group { $n }
AddConditionToGroup = Add a condition to this group
RemoveGroup = Remove this group
AddCondition = Add a condition
AddGroup = Add a group
SaveSegment = Save segment
MatchJoin = Customers who match
JoinAll = all of these conditions
JoinAny = any of these conditions
ConditionWindowLabel = Condition { $n }: period
ConditionValueLabel = Condition { $n }: value
ConditionSubjectLabel = Condition { $n }: what to look at
ConditionTestLabel = Condition { $n }: how to compare
RemoveConditionN = Remove condition { $n }
EditSegmentNamed = Edit { $name }
DeleteSegmentNamed = Delete { $name }
ConfirmDeleteSegment = Delete the segment “{ $name }”? Its customers stay in the book; only the saved filter goes.
ShowInList = Show in customer list
SavedSegments = Segments
SegmentsIntro = A segment picks customers by rules, such as “spent 5,000 in the last 90 days and has not been in for 30”. It stays current as sales come in, and opens in the customer list for tagging or selecting.
NoSegmentsYet = No segments yet. Make one to find customers worth a call.
FilterBySegment = Segment
AllCustomers = All customers
SelectAllShown = Select all shown
SegmentEmptyNow = No one is in this segment right now.
ClustersHeading = Groups among your customers
ClustersExplain = Customers who bought in the last { $months } months, grouped by how recently, how often and how much they buy. { $k } groups separate them best (silhouette { $score }: 1 is fully apart, 0 overlapping).
ClustersTooFew = Groups show here once { $n } customers have bought in the window.
ClusterDescription = { $frequency }, { $spend }, { $recency }
TraitFrequent = comes often
TraitFrequencyMiddle = comes now and then
TraitOccasional = comes rarely
TraitHighSpend = spends a lot
TraitSpendMiddle = spends an average amount
TraitLowSpend = spends little
TraitRecent = came recently
TraitRecencyMiddle = came a while ago
TraitLapsed = has not come for long
ClustersCaption = Groups of customers, with their usual visits, spend and days since the last visit
ColGroup = Group
ColMeanVisits = Visits each
ColMeanSpend = Spend each
ColMeanDaysSince = Days since last visit
ExportShown = Export shown (CSV)
ExportingCustomers = Exporting… { $n }
SubjectScore = Customer score
CustomerScore = Customer score
CustomerScoreIntro = Give customers points for what matters to your shop, such as +30 for spending 5,000 in 90 days or −20 for not coming in for 60 days. A customer's score is the sum of the rules they match, and segments can pick customers by it.
AddScoreRule = Add a rule
SaveScoreRules = Save score rules
ScoreRulesSaved = Score rules saved.
ScorePoints = Points
ConditionPointsLabel = Condition { $n }: points
ScoreSummary = Scores now: from { $low } to { $high }; half of customers score { $median } or more.
ScorePointsProblem = points: type a whole number from -{ $max } to { $max }, other than 0.
ScoreRuleBad = Rule { $n } gives no points, too many, or looks at the score itself.
RfmSetupSummary = Change the period and the segment of each square
RfmPeriod = Purchases counted
RfmPeriodMonths = In the last { $months } months
RfmTableCaption = The segment each square belongs to: rows are recency, columns are frequency
RfmSquareSegment = Segment for recency { $r }, frequency { $f }
RfmUsualTable = Use the usual table
RfmSetupSave = Save and work out again
RfmSetupSaved = Saved. The figures below are worked out again.
SegmentTooDeep = A group cannot hold another group: move its conditions into the group itself.
SegmentPartLeftOut = Part of this segment (a group inside a group) cannot be shown here and matches no one. Saving leaves it out.
BundleTitle = Personal data held about { $name }
BundleIntro = Made on { $date } from this shop's customer book (Karibu), at the person's request. It holds everything the book keeps about them.
BundleMachineReadable = The same data in machine-readable form is in data.json, described by schema.json.
BundleProfile = Profile
BundleName = Name
BundleAdded = Added to the book
BundleTimeline = Notes and contacts
BundlePurchases = Purchases
BundleVoided = cancelled
BundleLoyalty = Loyalty points (balance { $points })
BundleSegments = Customer groups they are in
BundleScores = Figures worked out about them
BundleRequests = Data requests
BundleNone = None.
RequestAccess = Access (a copy of their data)
RequestRectification = Correction
RequestErasure = Erasure
RequestRestriction = Restriction (keep, but do not use)
RequestPortability = Portability (a copy to take elsewhere)
RequestObjection = Objection (no marketing)
RequestOpen = Open
RequestDone = Done
RequestRefused = Refused
ScoreRfm = RFM score (recency, frequency, spending)
ScoreRfmMeaning = Each from 1 to 5, against this shop's other customers over the last { $months } months: how recently, how often and how much they bought.
ScoreSegmentMeaning = The group the RFM score places them in.
ScoreAliveMeaning = The model's estimate, from how often they came and how long ago they last came, that they still shop here.
ScoreVisitsMeaning = How many visits the model expects over that time.
ScoreValueMeaning = What the model expects them to spend over that time, in today's money.
ScoreRulesMeaning = The sum of points from the shop's own scoring rules that they match.
RequestReceivedInFuture = Received: the date cannot be after today.
RequestExtensionTooLong = A request can be extended by two months at most in all.
RequestReasonMissing = Reason: say why more time is needed; the law asks for it to be recorded.
RequestAlreadyClosed = This request is already closed.
RequestGone = This request is no longer in the register (it was changed in another tab).
PrivacyHeading = Data protection
DownloadBundle = Download their data (zip)
PreparingBundle = Gathering their data…
ErasePerson = Erase this person…
TheirRequests = Their data requests
NoRequests = No requests recorded.
RequestType = Request
RequestReceived = Received on
RecordRequest = Record request
RequestRecorded = Request recorded.
RequestDateUnreadable = Received on: write a date such as { $example }.
RegisterHeading = Data requests
RegisterIntro = What customers have asked about their personal data. Each request must be answered within one month of receipt; with a reason, that can be extended by two more months.
RequestOverdue = Overdue: it was due { $when }
RequestDueIn = Answer due { $when }
RequestReceivedOn = Received { $date }
ErasedPerson = Erased person (code { $code })
AnswerRequest = Answer this request
ExtraMonths = Extra months
ExtendReason = Why more time is needed
ExtendRequest = Extend
WhatWasDone = What was done
MarkRequestDone = Mark as answered
RefuseRequest = Refuse
RequestsPressing = Data requests overdue or due within a week: { $n }
EraseHeading = Erase { $name }
EraseExplain = This removes { $name } from this device for good: their details, notes, follow-ups and points. Their purchases stay in your takings as anonymous sales (amount, date and category only), because shops keep sales records for tax. There is no undo.
MentionsHeading = Other customers' records that name them
LookingForMentions = Looking through other customers' notes…
NoMentions = No other customer's record names them.
MentionsExplain = Tick each one whose mention of them should be removed. Unticked ones stay as they are, and the check afterwards will list them.
MentionRemove = Remove the mention in { $owner }'s record
EraseNow = Erase for good
ConfirmErase = Erase { $name } for good? This cannot be undone.
ErasingMentions = Removing the mentions you ticked…
ErasingPerson = Removing their records…
ErasingScanning = Checking every stored record… { $n } so far
ErasedHeading = Erased
ErasureVerified = Check passed: all { $n } stored records were read, and none holds their name, email, phone or id.
ErasureNotVerified = Erased, but the check found traces left: { $n }. The erasure request stays open until they are gone.
ErasureSharedName = Another customer has the same name, so the check looked for their id, email and phone rather than the name.
ToRegister = Open the data requests
TraceIn = { $what } in { $where }
TraceId = Their id
TraceName = Their name
TraceEmail = Their email
TracePhone = Their phone
PlaceCustomers = customer details
PlaceNotes = notes and follow-ups
PlacePurchases = purchases
PlacePoints = loyalty points
PlaceSetAside = damaged records set aside
PlaceSettings = settings
PlaceMemory = this tab's memory
ErasureRequestClosed = Their erasure request is marked answered.
RequestExtensionTooLate = More time can only be taken within the first month after the request arrived, and the person must be told then.
ErasureUnreadable = Stored records that could not be opened to check: { $n }.
RequestPersonGone = A customer no longer in the book
ConsentHeading = Consent and lawful basis
PurposeEmailMarketing = Email marketing
PurposeSmsMarketing = SMS marketing
PurposeLoyalty = Loyalty programme
PurposeAnalytics = Analytics
PurposeRemoved = A purpose no longer in the list
BasisConsent = Consent
BasisContract = Contract
BasisLegitimateInterest = Legitimate interest
BasisLegalObligation = Legal obligation
ConsentPurpose = Purpose
ConsentNow = Now
ConsentGivenOn = { $basis }, since { $date }
ConsentWithdrawnOn = Withdrawn on { $date }
ConsentNothing = Nothing recorded
ConsentWithdraw = Withdraw
ConsentWithdrawFor = Withdraw: { $purpose }
ConsentBasis = Lawful basis
ConsentSource = How it was given
ConsentSourceExample = e.g. paper form at the counter
ConsentWording = Wording version (optional)
ConsentGiven = Given
ConsentWithdrawnWord = Withdrawn
RecordConsent = Record consent
ConsentRecorded = Consent recorded.
ConsentWithdrawnDone = Withdrawal recorded.
ConsentHistory = History ({ $n })
ConsentSourceNeeded = Say how consent was given (for example, a paper form at the counter): the shop must be able to show it.
ConsentUnknownPurpose = That purpose is no longer in the list of purposes.
PurposeNameProblem = A purpose needs a name of at most 80 characters.
RestrictionHeading = Restriction and objection
RestrictedNow = Processing is restricted: their data is kept, and left out of segments, analytics and lists.
NotRestricted = Processing is not restricted.
ObjectsNow = They object to direct marketing: they are in no marketing list.
NoObjection = No objection to marketing recorded.
Restrict = Restrict processing
LiftRestriction = Lift the restriction
RecordObjection = Record objection to marketing
WithdrawObjection = Withdraw the objection
FlagNote = Why (optional)
FlagRestrictionOn = Processing restricted
FlagRestrictionOff = Restriction lifted
FlagObjectionOn = Objected to marketing
FlagObjectionOff = Objection withdrawn
OwnPurposesHeading = Purposes you ask consent for
OwnPurposesHint = Email, SMS, loyalty and analytics are always there; add your own, such as birthday cards.
PurposeName = New purpose
AddPurpose = Add purpose
PurposeAdded = Purpose added.
SegmentUsedFor = Used for
SegmentUsedForNothing = No particular purpose
SegmentPurposeNote = With a purpose, only people with a lawful basis for it are listed, and for marketing never anyone who objects. Restricted people are in no segment.
SubjectConsent = Lawful basis for { $purpose }
BackupReminderNever = This book has never been backed up on this device. A backup keeps your customers safe if the device is lost or breaks.
BackupReminderOld = The last backup on this device was { $n } days ago.
BackupNowLink = Back up now
BackupLastOn = Last backup on this device: { $date }
BackupNeverOnDevice = No backup made on this device yet.
RetentionHeading = How long data is kept
RetentionIntro = Rules that remove what the shop no longer needs. Each shows what it would remove before you apply it. Restricted people and people with an open data request are never removed.
RetentionRemoveInactive = Remove customers inactive for { $n } months (their purchases stay in the takings, anonymous)
RetentionDeleteOld = Delete timeline entries older than { $n } years (open follow-ups stay)
RetentionKindInactive = Remove inactive customers
RetentionKindOldEntries = Delete old timeline entries
RetentionKind = Rule
RetentionMonths = Months without activity
RetentionYears = Older than (years)
RetentionAutomatic = Apply by itself once a day
RetentionAutomaticNote = Applied by itself once a day
AddRetentionRule = Add rule
RetentionNoRules = No retention rules yet.
RetentionPreview = Preview
RetentionPreviewFor = Preview: { $rule }
RetentionApply = Apply now
RetentionApplyFor = Apply now: { $rule }
RetentionRemoveRule = Remove rule
RetentionRemoveRuleFor = Remove rule: { $rule }
RetentionAffects = This affects { $n ->
    [one] { $n } customer or entry.
   *[other] { $n } customers or entries.
}
RetentionConfirm = Apply “{ $rule }” now? What it removes cannot be brought back.
RetentionWorking = Applying the rule… { $percent }
RetentionChecking = Checking what it would remove…
RetentionApplied = Rule applied: { $n } removed.
RetentionLogHeading = What was removed, and when
RetentionLogEntry = { $date }: { $rule }: { $n } removed
RetentionByItself = (by itself)
RetentionOutOfRange = Inactive customers: 6 to 240 months. Old entries: 1 to 50 years.
RecordsHeading = Records of processing
RecordsIntro = What the law (GDPR Art. 30) asks a business to keep on record, filled in from this book. Add who you are and anyone the data goes to, then download it to keep or print.
RecordsMade = Made on { $date } by Karibu.
RecordsNotGiven = (not filled in yet)
RecordsController = Who is responsible (the controller)
RecordsControllerLabel = Your business: name, address and contact
RecordsRecipientsLabel = Anyone the data goes to (for example your accountant), and other notes
RecordsPurposes = Purposes and lawful basis
RecordsPurposeService = Serving customers: the customer book, notes and purchases (contract, legitimate interest)
RecordsPurposeTax = Sales records kept for tax (legal obligation)
RecordsPurposeLine = { $purpose }: { $basis }; people with a basis now: { $n }
RecordsSubjects = Whose data
RecordsSubjectsLine = Customers: { $n }
RecordsCategories = What data
RecordsDataCategories = Name, phone, email, address, birthday, language, notes about the person, purchases, loyalty points, consent and request history
RecordsOwnFields = Your own fields: { $fields }
RecordsRecipients = Where it is kept and who receives it
RecordsStorage = Only on this device, in the browser's storage; nothing is sent anywhere unless you export it.
RecordsTransfers = Transfers to other countries
RecordsNoTransfers = None.
RecordsRetention = How long it is kept
RecordsNoRetention = No retention rules: data is kept until it is removed.
RecordsSecurity = How it is protected
RecordsLockOn = App lock on: everything stored is encrypted (AES-256-GCM) under a passphrase (Argon2id).
RecordsLockOff = App lock off: anyone using this device's browser can read the book.
RecordsSecurityDevice = The app loads nothing from other sites and sends no data; backups can be protected with a passphrase.
RecordsDownload = Download to keep or print
RecordsSaved = Records saved.
ImportHeading = Import customers
ImportLink = Import
ImportIntro = Bring customers in from a spreadsheet, a till or another CRM saved as a CSV file, or from a phone’s contacts saved as a vCard file. Nothing is stored until you confirm.
ImportFile = File to import (CSV or vCard)
ImportReading = Reading the file…
ImportFileSummary = { $file }: { $rows ->
    [one] one row
   *[other] { $rows } rows
}
ImportEncoding = Characters
ImportSeparator = Cells separated by
SeparatorComma = Comma (,)
SeparatorSemicolon = Semicolon (;)
SeparatorTab = Tab
ImportDamaged = Some characters could not be read as { $encoding }. If names look wrong below, choose another setting under “Characters”.
ImportEmpty = The file is empty.
ImportHeadersOnly = The file has a header row but no customers under it.
ImportUnclosedQuote = Line { $line }: a quoted cell is never closed, so the rest of the file would be read as one cell. Check the quotation marks on that line.
ImportTooManyRows = The file has more than { $max } rows. Split it into smaller files.
ImportColumnsHeading = Columns
ImportColumnsIntro = Say where each column goes. The choices are guessed from the headers; check them against the examples.
ImportColumn = Column
ImportExample = Example
ImportGoesTo = Goes to
TargetSkip = Leave out
TargetKaribuId = Karibu id (finds the customer)
TargetFullName = Full name (split into given and family name)
TargetDisplayName = Name used
TargetLanguage = Preferred language
TargetAbout = About
TargetNewField = New field “{ $name }”
ImportDates = Dates are written
DatesDayMonthYear = day/month/year (25/12/1990)
DatesMonthDayYear = month/day/year (12/25/1990)
DatesYearMonthDay = year-month-day (1990-12-25)
ImportCountry = Country for phone numbers without +
ImportNoCountry = None (numbers must start with +)
ImportCheck = Check the rows
ImportChecking = Checking the rows against the book…
ImportNoNameColumn = Choose the column that holds the names.
ImportTwice = Two columns go to “{ $field }”. Keep one and leave the other out.
ImportPreviewHeading = Before importing
ImportReady = { $n ->
    [one] One row is ready to import.
   *[other] { $n } rows are ready to import.
}
ImportNewFields = New fields for the columns Karibu has no place for: { $names }.
ImportAlready = { $n ->
    [one] One row was imported before the import was cut short; it is left as it is.
   *[other] { $n } rows were imported before the import was cut short; they are left as they are.
}
ImportProblemsHeading = { $n ->
    [one] One row has a problem
   *[other] { $n } rows have problems
}
ImportProblemsIntro = These rows are not imported. Import the others now, or fix the file and choose it again: rows already in are recognised.
ImportRowProblem = Line { $line }, { $column }: { $problem }
ImportCellTooLong = longer than { $max } characters.
ImportMoreProblems = …and { $n } more.
ImportDuplicatesHeading = { $n ->
    [one] One row matches someone already in the book
   *[other] { $n } rows match someone already in the book
}
ImportDuplicate = Line { $line }: { $name } matches { $existing } ({ $reason })
ImportChoiceLabel = What to do with line { $line }
ChoiceUpdate = Update the customer
ChoiceSkip = Skip the row
ChoiceCreate = Add as a new customer
ImportChoiceAll = For every match
ImportApplyAll = Apply to all
ReasonSameId = same Karibu id
ReasonSameEmail = same email
ReasonSamePhone = same phone
ReasonCloseName = similar name, same birthday or address
ImportSample = The first rows, as they will be stored
ImportRun = Import
ImportStartAgain = Choose another file
ImportCreating = Adding customers…
ImportUpdating = Updating customers…
ImportRollingBack = Removing the customers the import added…
ImportRate = { $done } of { $total } · { $rate } a second · { $left }
ImportSecondsLeft = { $n ->
    [one] about a second left
   *[other] about { $n } seconds left
}
ImportMinutesLeft = { $n ->
    [one] about a minute left
   *[other] about { $n } minutes left
}
ImportDone = Import finished: { $created } added, { $updated } updated, { $skipped } skipped.
ImportSeeCustomers = See the customers
ImportInterrupted = The import of “{ $file }” stopped before it finished ({ $done } of { $rows } rows in). Choose the same file to go on, or roll it back.
ImportResuming = This file's import was cut short. Importing now adds the rows that are not in yet.
ImportRollBack = Roll back
ImportRollBackConfirm = Remove every customer the import of “{ $file }” added? Customers it updated keep the update.
ImportRolledBack = { $n ->
    [one] The import was rolled back: one customer removed.
   *[other] The import was rolled back: { $n } customers removed.
}
ImportNothingToDo = No row is left to import.
ImportName = Name
DuplicatesLink = Duplicates
DuplicatesHeading = Likely duplicates
DuplicatesIntro = Records that may be one person: the same email or phone, or a name a letter or two apart with the same birthday or address. Merging keeps everything from every record.
DuplicatesReading = Reading customers… { $n }
DuplicatesNone = No likely duplicates: every customer has one record.
DuplicatesFound = { $n ->
    [one] One group found
   *[other] { $n } groups found
}
DuplicatesLookAgain = Look again
ConfidenceHigh = Very likely one person
ConfidenceLikely = Possibly one person
MergeReview = Review and merge
MergeReviewNamed = Review and merge { $names }
MergeHeading = Merge into one customer
MergeRecords = Records to merge
MergeRecordAdded = { $name }, added { $date }
MergeChoose = Where they differ, choose what to keep
MergeAgree = The records agree on every field.
MergeKeptTogether = Phones, emails, tags, notes, purchases, points and consent history from every record are kept.
MergeButton = Merge
MergeNeedsTwo = Choose two or more records to merge.
MergedToast = { $n } records merged into { $name }
MergeWorking = Merging…
MergeFieldName = Name
ExportShownVcard = Export shown (vCard)
BulkActions = For the selected customers
RemoveTag = Remove tag
BulkFieldLabel = Set the field
BulkValueLabel = to (empty clears it)
BulkSet = Set for selected
BulkSetDone = { $n ->
    [one] One customer changed
   *[other] { $n } customers changed
}
HealthLink = Data health
HealthHeading = Data health
HealthIntro = What to tidy in the customer book. Open a line to see the customers concerned.
HealthClean = Nothing to tidy: everyone can be reached and every field looks right.
HealthUnreachable = { $n ->
    [one] One customer has no phone or email
   *[other] { $n } customers have no phone or email
}
HealthBadEmails = { $n ->
    [one] One customer has an email that cannot be right
   *[other] { $n } customers have an email that cannot be right
}
HealthBadPhones = { $n ->
    [one] One customer has a phone number without its country code
   *[other] { $n } customers have a phone number without its country code
}
HealthStale = { $n ->
    [one] One customer has not been edited or bought anything in { $years } years
   *[other] { $n } customers have not been edited or bought anything in { $years } years
}
HealthRarelyFilled = { $field }: filled for only { $have } of { $total } customers
HealthMore = …and { $n } more
ExportMore = Export…
ExportPurchases = Their purchases (CSV)
ExportLedger = Their points ledger (CSV)
ExportTimeline = Their notes, calls and visits (CSV)
NavReports = Reports
ReportsHeading = Reports to share
ReportsIntro = Numbers you can give to someone outside the shop (head office, an accountant, a business association) without giving away any customer. Small groups are hidden and a little random noise is added to every number, so nobody's visits or spending can be worked out from them.
ReportMetric = What to count
MetricCustomers = Customers who bought
MetricVisits = Purchases
MetricRevenue = Takings
MetricAverageSpend = Spending per customer
ReportBreakdown = Grouped by
BreakdownMonth = Month
BreakdownTag = Tag
BreakdownAgeBand = Age group
BreakdownRegion = Town or area
BreakdownSegment = Segment
BreakdownTier = Loyalty tier
ReportSegmentHint = Segments that look at RFM, the forecasts or a score built on them are left out: one customer could move others in or out of them.
ReportYear = Year
ReportFirstMonth = From month
ReportLastMonth = To month
ReportEpsilon = Privacy spent on this report (ε)
ReportEpsilonHint = Smaller means more noise and more protection.
ReportSmallestGroup = Hide groups of fewer customers than
ReportMaxVisits = Count at most this many purchases per customer in a group
ReportMaxSpend = Count at most this much spending per customer in a group
ReportConfidence = How sure the ranges are
ReportConfidenceChoice = { $percent } sure
ReportMake = Make the report
ReportMaking = Making the report…
ReportBudgetLeft = Privacy budget for { $year }: { $left } left of { $budget }
ReportYearlyBudget = Privacy budget per year (ε)
ReportSaveBudget = Save budget
ReportBudgetSaved = Privacy budget saved.
ReportRefused = Not made: this report would spend { $asked }, and only { $left } is left for { $year }. Spend less on it, choose another year, or raise the budget if you accept more risk.
ReportMade = Report { $n } made. It is kept below; downloading it again costs nothing.
ReportNoiseExplain = Every number has had random noise added: it may be off by about ± { $plusminus }. The true number is within the range shown, { $confidence } sure.
ReportsMade = Reports made
ReportsNone = No report made yet.
ReportTitle = Report { $n }: { $metric } · { $breakdown }
ReportPeriod = { $from } to { $to }
ReportDownloadCsv = Download report { $n } (CSV)
ReportOpenPrintable = Printable page of report { $n }
ReportColGroup = Group
ReportColValue = Number
ReportColRange = Likely between
ReportColOffBy = Off by about
ReportColSpent = Privacy spent
ReportColPeriod = Months
ReportColMade = Made
ReportHidden = Hidden: fewer than { $k } customers
ReportUnnamedHidden = { $n ->
    [one] One small group is hidden and not named.
   *[other] { $n } small groups are hidden and not named.
}
ReportTotal = All
ReportRange = { $low } to { $high }
AgeBandUnder = Under { $age }
AgeBandRange = { $from } to { $to }
AgeBandOver = { $age } and over
ReportNotGiven = Not given
ReportFootnote = Made on { $date } with Karibu. Privacy spent: ε { $epsilon }. Groups of fewer than { $k } customers are hidden. Each customer counts for at most { $cap } in a group. Only totals are shown: no names, contacts or customer numbers.
ReportKTooSmall = Groups must be at least 5 customers.
ReportNeedsEpsilon = The privacy spent must be more than 0.
ReportMonthsOrder = The first month must not come after the last.
ReportNeedsCap = The most per customer must be more than 0.
ReportConfidenceUnknown = Choose how sure the ranges should be.
ReportNoRandomness = This device gave no secure random numbers, so no report was made and nothing was spent.
ReportFileNotWritten = The file could not be written. Nothing was spent; try again.
ReportCapHint = Anyone who spent more counts as this much. A lower cap means less noise.
AnalystHeading = Customer data for an analyst
AnalystIntro = One row per customer, for someone who studies your customers for you: a code instead of the person (a new code in every file, with no way back to them and no way to match two files), no name, phone, email or address, and age and town only in groups. Every mix of age group and town is shared by at least the number of customers you choose, or no file is made.
AnalystK = Every group has at least this many customers
AnalystCheck = Check the groups
AnalystChecking = { $n ->
    [one] Checking one customer…
   *[other] Checking { $n } customers…
}
AnalystSmallest = { $n ->
    [one] Smallest group: one customer. { $how }
   *[other] Smallest group: { $n } customers. { $how }
}
AnalystLevelBands = Ages in ten-year groups; towns with few customers shown as other areas.
AnalystLevelWide = Ages in three wide groups; towns with few customers shown as other areas.
AnalystLevelNoArea = Ages in three wide groups; no town.
AnalystLevelNothing = No age and no town.
AnalystRefused = { $n ->
    [one] No file: the smallest group has one customer, fewer than { $k }. With so few, someone could be picked out.
   *[other] No file: the smallest group has { $n } customers, fewer than { $k }. With so few, someone could be picked out.
}
AnalystDownload = Download the analyst file (CSV)
AnalystColCode = Customer code
AnalystColSpend = Spending
AnalystColLast = Last purchase (month)
AgeAny = Any age
AreaOther = Other areas
AreaAny = Any area
NavDashboard = Dashboard
DashboardHeading = How the shop is doing
DashboardPeriod = Period
PeriodWeek = Last 7 days
PeriodMonth = Last 30 days
PeriodQuarter = Last 13 weeks
PeriodYear = Last 12 months
DashboardCounting = Counting the sales… { $percent }
DashboardSpan = { $now }, compared with { $before }.
DashboardChartsHeading = Over the period
DashboardReadingFeedback = Reading feedback… { $n }
DashboardModelsHeading = Lifetime value and segments
KpiCustomers = Customers
KpiNew = New customers
KpiActive = Customers who bought
KpiRepeatRate = Bought more than once
KpiRetention = Came back (retention)
KpiChurn = Did not come back (churn)
KpiAverageSpend = Average sale
KpiVisitsPerCustomer = Visits per customer
KpiMemberRevenue = Sales to known customers
KpiWalkInRevenue = Walk-in sales
KpiSatisfaction = Satisfaction (1 to 5)
KpiNps = Net promoter score
KpiLiability = Points owed
KpiLiabilityNote = Points customers hold and can still redeem.
KpiSatisfactionNote = Average score, { $responses }.
KpiNpsNote = Promoters less detractors, { $responses }.
KpiResponses = { $n ->
    [one] one response
   *[other] { $n } responses
}
KpiUpFrom = Up from { $before } in the period before
KpiDownFrom = Down from { $before } in the period before
KpiSame = The same as in the period before
KpiNoBefore = Nothing to compare with
KpiNoFigure = No figure yet
KpiWorking = Working it out…
KpiNoModel = Average lifetime value: not enough repeat purchases yet for the forecasts.
KpiAverageValueIs = { $n ->
    [one] Average lifetime value: { $value } over the next { $months } months, for the one customer the forecasts cover.
   *[other] Average lifetime value: { $value } over the next { $months } months, across the { $n } customers the forecasts cover.
}
ChartTakings = Sales
ChartVisits = Visits
ChartNewReturning = New and returning customers
ChartNew = New
ChartReturning = Returning
ChartAsTable = Show as a table
ChartStepsCaption = Sales, visits and customers over the period
ChartColDay = Day
ChartColWeek = Week starting
ChartWeekOf = Week of { $date }
ChartCohorts = Customers who came back, by the month of their first purchase
ChartCohortExplain = Each row is the customers whose first purchase was in that month; each square shows the share of them who bought again so many months later.
ChartCohortFirst = First purchase
ChartMonthsLater = { $n ->
    [one] { $n } month later
   *[other] { $n } months later
}
ChartSegments = Customers by segment
ChartShare = Share

ImportRecording = Recording the purchases…
ImportPurchasesLink = Import purchases
ImportPurchasesHeading = Import purchases
ImportPurchasesIntro = Bring in past sales from a till’s export or a spreadsheet saved as a CSV file: one row per sale, with its date and amount and, to give it to a customer, their email, phone or Karibu id. A row with no customer is a walk-in sale. Nothing is stored until you confirm.
ImportPurchasesFile = File to import (CSV)
SaleColumnCustomer = Customer (email, phone or id)
SaleColumnDate = Date (and time)
SaleColumnTime = Time
SaleColumnAmount = Amount
SaleColumnCategories = Categories
SaleColumnNote = Note
ImportMatchBy = Customers are found by
ImportMatchByUsual = Karibu id, email or phone
ImportAmounts = Amounts are written
AmountsDecimalPoint = with a decimal point (1,250.50)
AmountsDecimalComma = with a decimal comma (1.250,50)
ImportNoAmountColumn = Choose the column that holds the amounts.
ImportNoDateColumn = Choose the column that holds the dates.
SaleNoSuchCustomer = no customer in the book has this email, phone or Karibu id.
SaleNoSuchCustomerField = no customer in the book has this { $field }.
SaleSeveralCustomers = more than one customer has this, so Karibu cannot tell who bought.
SaleBadDate = not a date written the way chosen above.
ImportSalesReady = { $n ->
    [one] One purchase is ready to import ({ $total }).
   *[other] { $n } purchases are ready to import, { $total } in all.
}
ImportSalesCustomers = { $n ->
    [one] They are given to one customer.
   *[other] They are given to { $n } customers.
}
ImportSalesWalkIns = { $n ->
    [one] One names no customer and is recorded as a walk-in sale.
   *[other] { $n } name no customer and are recorded as walk-in sales.
}
ImportSalesBefore = The purchases in this file were already imported on { $date }. Importing it again would count them twice.
ImportPointsLegend = Loyalty points for these purchases
ImportPointsNone = None: past sales stay out of the balances
ImportPointsEarn = Earn points under today’s programme, as if each sale was rung up on its day
ImportSalesDone = { $n ->
    [one] Import finished: one purchase recorded, { $points } points earned.
   *[other] Import finished: { $n } purchases recorded, { $points } points earned.
}
ImportSeeSales = See the sales figures
ImportSalesInterrupted = The import of purchases from “{ $file }” stopped before it finished ({ $done } of { $rows } rows in). Choose the same file to go on.
ImportLine = Line
