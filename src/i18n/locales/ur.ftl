# اردو (Urdu). Checked by: an Urdu-speaking reviewer persona (AI), session 3; not yet by a person.

AppName = کریبو
SkipToContent = مواد پر جائیں
MainNavigation = مرکزی
NavCustomers = گاہک
NavToday = آج
NavSettings = ترتیبات
Offline = آف لائن: اس آلے پر سب کچھ کام کر رہا ہے
OtherTabChanged = کریبو کسی دوسرے ٹیب میں اپ گریڈ ہوا۔ جاری رکھنے کے لیے دوبارہ لوڈ کریں۔
UpgradeBlocked = کریبو اپنا ذخیرہ اپ ڈیٹ کر رہا ہے۔ مکمل کرنے کے لیے دوسرے ٹیبز میں کریبو بند یا دوبارہ لوڈ کریں۔
Reload = دوبارہ لوڈ کریں
NewerVersionOpen = کریبو کا نیا ورژن گاہکوں کا رجسٹر استعمال کر رہا ہے۔ جاری رکھنے کے لیے یہ ٹیب دوبارہ لوڈ کریں؛ کچھ بھی ضائع نہیں ہوا۔
SetAsideBanner = خراب ریکارڈ جنہیں پڑھا نہیں جا سکا: { $n }۔ انہیں بالکل جیسے تھے ویسے ہی الگ رکھ دیا گیا ہے، اور باقی رجسٹر معمول کے مطابق کام کر رہا ہے۔
ExportSetAside = انہیں برآمد کریں
DiscardSetAside = انہیں ضائع کریں
ConfirmDiscardSetAside = الگ رکھے گئے ریکارڈ ہمیشہ کے لیے ضائع کر دیں؟ اگر کوئی انہیں بحال کر سکتا ہو تو پہلے برآمد کر لیں۔
StoreFailed = گاہکوں کا رجسٹر نہیں کھل سکا: { $error }
Loading = گاہک لوڈ ہو رہے ہیں… { $n }

SearchLabel = گاہک تلاش کریں
SearchPlaceholder = نام، فون، ای میل یا ٹیگ
AddCustomer = گاہک شامل کریں
FilterByTag = ٹیگ سے چھانٹیں
AllTags = تمام ٹیگ
SortBy = ترتیب
SortNameAsc = نام (ا–ی)
SortNameDesc = نام (ی–ا)
SortUpdated = حال ہی میں تبدیل شدہ
SortNewest = نئے ترین
CustomerCount = { $n } گاہک
CustomerList = گاہکوں کی فہرست
NoCustomersYet = ابھی کوئی گاہک نہیں۔ پہلا گاہک شامل کریں۔
NoMatch = “{ $q }” سے کوئی گاہک نہیں ملا۔
SelectCustomer = { $name } منتخب کریں
SelectedCount = { $n } منتخب
TagToAdd = منتخب گاہکوں میں شامل کرنے کا ٹیگ
AddTag = ٹیگ لگائیں
DeleteSelected = منتخب حذف کریں
ClearSelection = انتخاب ختم کریں
DeletedCount = { $n } حذف ہوئے
Undo = واپس لیں
Dismiss = بند کریں

NewCustomer = نیا گاہک
EditCustomer = گاہک میں ترمیم
GivenName = پہلا نام
FamilyName = خاندانی نام
DisplayName = پکارا جانے والا نام (اختیاری)
Phone = فون
AddPhone = ایک اور فون
Email = ای میل
AddEmail = ایک اور ای میل
Address = پتہ
Birthday = سالگرہ
BirthdayHint = YYYY-MM-DD، یا سال کے بغیر MM-DD
PreferredLanguage = پسندیدہ زبان (مثلاً en، sw، ur)
About = تفصیل (پسندیدہ مشروب، الرجی…)
AboutShort = تفصیل
Tags = ٹیگ
TagsHint = ٹیگ کوما سے الگ کریں
Save = محفوظ کریں
Cancel = منسوخ
FixProblems = نیچے دی گئی غلطیاں درست کریں۔ ابھی کچھ محفوظ نہیں ہوا؛ آپ کا لکھا محفوظ ہے۔
SaveFailed = محفوظ نہیں ہو سکا: { $error }۔ آپ کا لکھا محفوظ ہے۔
Conflict = اس دوران اسے کسی دوسرے ٹیب میں بدل دیا گیا، اس لیے آپ کی تبدیلی محفوظ نہیں ہوئی۔ اب تازہ ترین معلومات دکھائی جا رہی ہیں؛ اپنی تبدیلی دوبارہ کریں۔
NotFound = یہ گاہک رجسٹر میں نہیں (شاید حذف ہو گیا)۔
BackToList = گاہکوں کی طرف واپس

Edit = ترمیم
Delete = حذف کریں
Deleting = حذف ہو رہا ہے…
ConfirmDelete = { $name } اور ان کی ٹائم لائن حذف کریں؟
Created = شامل { $date }
Timeline = ٹائم لائن
NothingYet = ٹائم لائن پر ابھی کچھ نہیں۔
AddToTimeline = ٹائم لائن میں شامل کریں
Kind = قسم
WhatHappened = کیا ہوا
When = کب (ابھی کے لیے خالی چھوڑیں)
FollowUpOn = فالو اپ کی تاریخ (اختیاری)
Score = اسکور
NpsScale = نیٹ پروموٹر اسکور (۰–۱۰)
KindNote = نوٹ
KindCall = کال
KindVisit = آمد
KindEmail = ای میل
KindMessage = پیغام
KindFeedback = رائے
FollowUpDue = { $date } تک فالو اپ
MarkDone = مکمل
Done = مکمل ہوا
ScoreOf = اسکور { $score }

FollowUpsDue = واجب فالو اپ
NothingDue = کچھ واجب نہیں۔ دن اچھا گزاریں۔
BirthdaysThisWeek = اس ہفتے کی سالگرہیں
NoBirthdays = اس ہفتے کوئی سالگرہ نہیں۔
IsToday = آج
InDays = { $n } دن میں
Overdue = { $date } سے باقی

Language = زبان
FollowBrowser = براؤزر کے مطابق
Country = بغیر + کے فون نمبروں کا ملک
NoCountry = کوئی نہیں: ہمیشہ + ملکی کوڈ لکھیں
CustomFields = اضافی خانے
FieldLabel = خانے کا نام
FieldType = خانے کی قسم
Choices = انتخاب، کوما سے الگ
AddField = خانہ شامل کریں
RemoveField = خانہ { $label } ہٹائیں
TypeText = متن
TypeNumber = عدد
TypeDate = تاریخ
TypeYesNo = ہاں/نہیں
TypeChoice = انتخاب
FieldLabelRequired = خانے کا نام لکھیں۔
ChoicesRequired = انتخابی خانے میں کم از کم ایک انتخاب ہو۔
Storage = اس آلے پر ذخیرہ
PersistGranted = مستقل ذخیرہ منظور: براؤزر جگہ بنانے کے لیے آپ کے گاہک حذف نہیں کرے گا۔
PersistDenied = مستقل ذخیرہ منظور نہیں: ڈسک بھرنے پر براؤزر ڈیٹا حذف کر سکتا ہے۔ کریبو انسٹال کرنا عموماً مدد دیتا ہے۔
PersistUnknown = ذخیرہ جانچا جا رہا ہے…
AskPersist = مستقل ذخیرے کی درخواست کریں
DemoData = نمونہ ڈیٹا
DemoHowMany = کتنے نمونہ گاہک
LoadDemo = نمونہ گاہک شامل کریں
DemoProgress = { $total } میں سے { $done } شامل
NavCounter = کاؤنٹر
NavLoyalty = وفاداری
CounterTitle = کاؤنٹر پر
FindCustomer = گاہک: نام یا فون
Matches = ملتے جلتے گاہک
WalkIn = بغیر گاہک کے فروخت
WalkInName = عام گاہک
ChangeCustomer = گاہک بدلیں
Amount = رقم ({ $currency })
PurchaseCategories = زمرے، کوما سے الگ
PurchaseNote = نوٹ
MoreDetails = زمرے، نوٹ، وقت
RecordSale = فروخت درج کریں
SaleRecorded = { $amount } کی فروخت درج ہو گئی
EarnedPoints = { $n ->
    [one] ‎+{ $n } پوائنٹ
   *[other] ‎+{ $n } پوائنٹس
}
Balance = بیلنس
PointsN = { $n ->
    [one] { $n } پوائنٹ
   *[other] { $n } پوائنٹس
}
Tier = درجہ
NoTier = ابھی کوئی درجہ نہیں
ToNextTier = { $tier } تک { $needed } مزید
TopTier = سب سے اونچا درجہ
RewardsAvailable = ابھی دستیاب انعامات
RedeemReward = { $cost ->
    [one] { $cost } پوائنٹ میں { $reward } لیں
   *[other] { $cost } پوائنٹس میں { $reward } لیں
}
NextReward = { $needed ->
    [one] { $reward } کے لیے { $needed } مزید پوائنٹ
   *[other] { $reward } کے لیے { $needed } مزید پوائنٹس
}
Redeemed = { $reward } دے دیا گیا
NextSale = اگلی فروخت
LoyaltyHeading = وفاداری
PurchasesHeading = خریداریاں
SpentSummary = { $count } خریداریاں، کل { $total }
LedgerHeading = پوائنٹس کی تاریخ
NoPurchases = ابھی کوئی خریداری نہیں۔
NoEntries = ابھی کوئی پوائنٹس نہیں۔
Void = منسوخ کریں
VoidPurchase = { $amount } کی خریداری منسوخ کریں
VoidReason = منسوخی کی وجہ
Voided = منسوخ: { $reason }
AdjustPoints = پوائنٹس میں ترمیم
PointsChange = شامل کرنے کے پوائنٹس (کم کرنے کے لیے −)
Reason = وجہ
Apply = لاگو کریں
EntryEarn = خریداری پر ملے
EntryRedeem = استعمال: { $reward }
EntryExpire = میعاد ختم
EntryAdjust = ترمیم: { $reason }
EntryReverse = واپس، خریداری منسوخ: { $reason }
ConfirmDeleteWithPoints = { $name } کو حذف کریں؟ ان کے پاس { $points ->
    [one] { $points } پوائنٹ ہے
   *[other] { $points } پوائنٹس ہیں
}، اور ان کی پوائنٹس کی تاریخ بھی حذف ہو جائے گی۔ ان کی خریداریاں دکان کی فروخت میں بغیر نام کے رہیں گی۔
ProgrammeFigures = پروگرام کے اعداد
PointsIssued = جاری کردہ پوائنٹس
PointsRedeemed = استعمال شدہ پوائنٹس
Outstanding = گاہکوں کے باقی پوائنٹس
RedemptionRate = استعمال کی شرح
MembersByTier = درجہ وار اراکین
TopCustomers = خرچ کے لحاظ سے بہترین گاہک
RevenueByMonth = ماہانہ فروخت
ReadingAccounts = کھاتے پڑھے جا رہے ہیں… { $n }
Month = مہینہ
Sales = فروخت
LoyaltySettings = وفاداری پروگرام
EarnPoints = ملنے والے پوائنٹس
PerAmount = ہر ({ $currency }) پر
PerVisit = ہر آمد کے پوائنٹس
BirthdayPct = سالگرہ کے مہینے میں پوائنٹس، % (۱۰۰ = کوئی اضافہ نہیں، ۲۰۰ = دگنے)
CategoryBonus = زمروں میں اضافی پوائنٹس، مثلاً ⁦“coffee: 2, cake: 1”⁩
Expiry = پوائنٹس کی میعاد
ExpiryNever = کبھی نہیں
ExpiryInactive = سب، اتنے مہینے بغیر آمد کے بعد
ExpiryValid = ہر پوائنٹ، ملنے کے اتنے مہینے بعد
ExpiryMonths = مہینے
TierBasis = درجے کس بنیاد پر
BasisPoints = پچھلے ۱۲ مہینوں میں ملے پوائنٹس
BasisSpend = پچھلے ۱۲ مہینوں کا خرچ
Tiers = درجے
TierName = درجے کا نام
Threshold = کم از کم
Multiplier = ضرب، %
TiersHint = ہر درجہ اپنی “کم از کم” قدر سے شروع ہوتا ہے۔ ضرب ملنے والے پوائنٹس بڑھاتا ہے: ۱۵۰٪ یعنی ڈیڑھ گنا۔
AddTier = درجہ شامل کریں
RemoveTier = درجہ { $n } ہٹائیں
Rewards = انعامات
RewardName = انعام
RewardCost = پوائنٹس میں قیمت
RewardActive = پیش کیا جا رہا ہے
AddReward = انعام شامل کریں
RemoveReward = انعام { $n } ہٹائیں
SaveProgramme = پروگرام محفوظ کریں
ProgrammeSaved = پروگرام محفوظ ہو گیا (ورژن { $v })۔ پہلے سے درج پوائنٹس اپنے اصل اصولوں پر رہیں گے۔
LoyaltySettingsLink = وفاداری پروگرام کی ترتیبات
AddDaySales = ایک دن کی نمونہ فروخت شامل کریں
DaySalesDone = { $n } نمونہ فروخت شامل
SalesLoading = فروخت لوڈ ہو رہی ہے…
AmountPlain = رقم
PurchaseWhen = کب (ابھی کے لیے خالی چھوڑیں)
EditPurchase = { $amount } کی خریداری میں ترمیم
Currency = کرنسی
CurrencyHint = پہلے سے درج رقمیں ویسی ہی رہیں گی: فروخت درج کرنے سے پہلے کرنسی چنیں۔
ConfirmBulkDeleteWithPoints = { $n } گاہک حذف کریں؟ ان کے پاس کل { $points } پوائنٹس ہیں، اور ان کی پوائنٹس کی تاریخ بھی حذف ہو جائے گی۔ ان کی خریداریاں دکان کی فروخت میں بغیر نام کے رہیں گی۔

ProblemAmountEmpty = رقم لکھیں۔
ProblemAmountNumber = رقم: صرف ہندسے، جیسے ۲۵۰ یا ۲۵۰٫۵۰۔
ProblemAmountNegative = رقم منفی نہیں ہو سکتی۔
ProblemAmountDecimals = رقم میں اعشاریہ زیادہ ہیں: زیادہ سے زیادہ { $n }۔
ProblemAmountZero = رقم صفر سے زیادہ ہو۔
ProblemInFuture = تاریخ آنے والے وقت کی نہیں ہو سکتی۔
ProblemWhenShape = کب: تاریخ اور وقت چنیں۔
ProblemVoidReason = منسوخی کی وجہ لکھیں۔
ProblemAlreadyVoid = یہ خریداری پہلے ہی منسوخ ہے۔
ProblemNotEnoughPoints = پوائنٹس کافی نہیں: { $cost } درکار، بیلنس { $balance } ہے۔
ProblemUnknownReward = یہ انعام اب فہرست میں نہیں۔
ProblemRewardInactive = یہ انعام ابھی پیش نہیں کیا جا رہا۔
ProblemReasonRequired = وجہ لکھیں۔
ProblemWouldGoNegative = { $change } پوائنٹس کم نہیں ہو سکتے: بیلنس { $balance } ہے۔
ProblemNoCustomer = بغیر گاہک کی فروخت پر پوائنٹس نہیں ملتے۔
ProblemPointsWhole = پوائنٹس: پورا عدد، جیسے ۲۰ یا ⁦−۲۰⁩۔
ProblemWholeNumber = پورا عدد، { $min } یا زیادہ۔
ProblemRequired = ضروری ہے۔
ProblemNotAscending = پچھلے درجے سے زیادہ ہو۔
ProblemBonusFormat = “زمرہ: پوائنٹس” لکھیں، کوما سے الگ۔
Saved = محفوظ ہو گیا
Yes = ہاں
No = نہیں

## App updates (hosting)
UpdateReady = کریبو کا نیا ورژن تیار ہے۔

## Problems with what was typed, each naming its field
ProblemNameRequired = نام: پہلا نام، خاندانی نام یا پکارا جانے والا نام لکھیں۔
ProblemTooLong = بہت لمبا: زیادہ سے زیادہ { $max } حروف۔
ProblemEmailShape = ای میل: یہ پتہ درست نہیں لگتا (name@example.com)۔
ProblemPhoneCharacter = فون: “{ $char }” کی اجازت نہیں؛ ہندسے، خالی جگہ اور + استعمال کریں۔
ProblemPhoneLength = فون: ملک کے حساب سے ہندسے کم یا زیادہ ہیں۔
ProblemPhoneCountryCode = فون: + اور ملکی کوڈ سے شروع کریں، یا ترتیبات میں ملک منتخب کریں۔
ProblemBirthdayShape = سالگرہ: YYYY-MM-DD یا سال کے بغیر MM-DD لکھیں۔
ProblemBirthdayFuture = سالگرہ: یہ تاریخ مستقبل کی ہے۔
ProblemLanguageShape = پسندیدہ زبان: en، sw یا ur جیسا کوڈ لکھیں۔
ProblemCustomNumber = عدد لکھیں۔
ProblemCustomDate = تاریخ YYYY-MM-DD میں لکھیں۔
ProblemCustomYesNo = ہاں یا نہیں لکھیں۔
ProblemCustomChoice = دیے گئے انتخاب میں سے ایک چنیں۔
ProblemNoteText = کیا ہوا: چند الفاظ لکھیں۔
ProblemFollowUpShape = فالو اپ: تاریخ YYYY-MM-DD میں لکھیں۔
ProblemFollowUpPast = فالو اپ: یہ تاریخ گزر چکی ہے۔
ProblemNoteWhenShape = کب: تاریخ اور وقت منتخب کریں۔
ProblemNoteWhenFuture = کب: یہ وقت مستقبل کا ہے۔
ProblemScoreRange = اسکور: { $min } سے { $max } تک کا عدد۔
ProblemAmountTooLarge = رقم بہت زیادہ ہے: زیادہ سے زیادہ { $max }۔
ProblemPointsTooLarge = پوائنٹس: ایک بار میں زیادہ سے زیادہ { $max }، کم یا زیادہ۔
ProblemBalanceFull = بیلنس میں اتنے زیادہ پوائنٹس نہیں آ سکتے۔
ProblemTooLarge = بہت زیادہ ہے: زیادہ سے زیادہ { $max }۔

## Storage failures, said inside other sentences ("Could not save: …"), so without a full stop
StoreFull = اس آلے کا ذخیرہ بھر گیا ہے، اس لیے یہ محفوظ نہیں ہوا۔ پہلے محفوظ کیا گیا سب کچھ سلامت ہے۔ آلے پر کچھ جگہ خالی کریں (یا پرانا ڈیٹا برآمد کر کے ہٹا دیں)، پھر دوبارہ کوشش کریں
StoreDeleted = یہ گاہک حذف ہو چکا ہے (شاید کسی دوسرے ٹیب میں)، اس لیے ان کا کچھ بھی محفوظ نہیں ہوا۔ اگر یہ غلطی سے ہوا تو جہاں حذف کیا گیا تھا وہیں «واپس لیں» دبائیں
StoreNotEnoughPoints = پوائنٹس کافی نہیں: اب بیلنس { $balance } ہے (شاید کسی دوسرے ٹیب میں خرچ ہوئے)
StoreProblem = براؤزر کے ذخیرے میں مسئلہ آیا ({ $detail })

## Page titles (the navigation may use shorter words)
CustomersTitle = گاہک
SettingsTitle = ترتیبات

## The starting loyalty programme, named in the owner's language when a book is new
StartTierBronze = کانسی
StartTierSilver = چاندی
StartTierGold = سونا
StartRewardCoffee = مفت کافی
StartRewardTenOff = ۱۰٪ رعایت

## Long histories are shown a page at a time
ShowOlder = پرانے دکھائیں ({ $n } مزید)

## A date picker in the calendar the language shows
PickDate = تاریخ چنیں
PreviousMonth = پچھلا مہینہ
NextMonth = اگلا مہینہ
StoreLocked = گاہکوں کا رجسٹر مقفل ہے۔ اپنے پاس فریز سے کھولیں، پھر دوبارہ کوشش کریں
StoreLockChanged = ایپ کا قفل کسی دوسرے ٹیب میں بدلا گیا ہے۔ یہ ٹیب اب اس کے مطابق ہے: دوبارہ کوشش کریں؛ کچھ ضائع نہیں ہوا
LockWrongPassphrase = یہ پاس فریز اس رجسٹر کو نہیں کھولتا۔ کچھ نہیں بدلا گیا۔
LockTooShort = پاس فریز میں کم از کم { $n } حروف ہونے چاہئیں۔
LockUnreadable = کریبو کا یہ ورژن اس رجسٹر کا قفل نہیں پڑھ سکتا۔ کچھ نہیں بدلا گیا۔
LockStateChanged = اس دوران ایپ کا قفل بدل گیا، شاید کسی دوسرے ٹیب میں۔ صفحہ دوبارہ لوڈ کریں؛ کچھ ضائع نہیں ہوا۔
UnlockTitle = کریبو مقفل ہے
UnlockIntro = اس آلے پر گاہکوں کا رجسٹر کھولنے کے لیے اپنا پاس فریز لکھیں۔
Passphrase = پاس فریز
UnlockButton = کھولیں
Unlocking = پاس فریز جانچا جا رہا ہے…
UnlockWait = کئی بار غلط پاس فریز لکھا گیا۔ { $n } سیکنڈ بعد دوبارہ کوشش کریں۔
UnlockForgotten = پاس فریز بھول گئے؟ اسے کوئی واپس نہیں لا سکتا، کریبو بھی نہیں: یہی بات آلہ کھو جانے پر رجسٹر کو محفوظ رکھتی ہے۔
AppLock = ایپ کا قفل
AppLockIntro = قفل آن ہو تو گاہکوں کا رجسٹر اس آلے پر خفیہ رہتا ہے، اور کریبو کھلنے پر یا کچھ دیر استعمال نہ ہونے پر پاس فریز مانگتا ہے۔
AppLockWarning = اگر آپ پاس فریز بھول گئے تو اسے کوئی واپس نہیں لا سکتا، کریبو بھی نہیں، اور گاہکوں کا رجسٹر پھر کبھی نہیں کھلے گا۔ اسے لکھ کر کسی محفوظ جگہ رکھیں۔
NewPassphrase = نیا پاس فریز
RepeatPassphrase = نیا پاس فریز دوبارہ
PassphraseHint = کم از کم { $n } حروف۔ چند یاد رہنے والے الفاظ چھوٹے پاس ورڈ سے زیادہ مضبوط ہوتے ہیں۔
UnderstandUnrecoverable = مجھے معلوم ہے کہ بھولا ہوا پاس فریز واپس نہیں مل سکتا
TurnLockOn = قفل آن کریں
PassphrasesDiffer = دونوں نئے پاس فریز ایک جیسے نہیں ہیں۔
ConfirmUnrecoverable = خانے پر نشان لگائیں کہ آپ نے انتباہ پڑھ لیا ہے۔
LockIsOn = قفل آن ہے: گاہکوں کا رجسٹر اس آلے پر خفیہ ہے۔
LockAfter = خود بخود مقفل ہو جائے
IdleMinutes = { $n } منٹ استعمال نہ ہونے پر
IdleNever = کبھی نہیں
LockNow = ابھی قفل لگائیں
ChangePassphrase = پاس فریز بدلیں
CurrentPassphrase = موجودہ پاس فریز
PassphraseChanged = پاس فریز بدل گیا۔ اب سے نیا استعمال کریں۔
TurnLockOff = قفل آف کریں
TurnLockOffHint = گاہکوں کا رجسٹر اس آلے پر پھر سے بغیر خفیہ کیے محفوظ ہوگا۔
LockTurnedOn = قفل آن ہو گیا۔ گاہکوں کا رجسٹر خفیہ ہے۔
LockTurnedOff = قفل آف ہو گیا۔
LockConverting = قفل ابھی آن یا آف ہو رہا ہے۔ مکمل ہونے پر دوبارہ کوشش کریں۔
LockingBook = گاہکوں کا رجسٹر خفیہ کیا جا رہا ہے۔ آپ کام جاری رکھ سکتے ہیں۔
UnlockingBook = گاہکوں کے رجسٹر سے قفل ہٹایا جا رہا ہے۔ آپ کام جاری رکھ سکتے ہیں۔
RecordsDone = { $total } میں سے { $done } ریکارڈ
BackupNotABackup = یہ فائل کریبو کا بیک اپ نہیں ہے۔ کچھ نہیں بدلا گیا۔
BackupNewerFormat = یہ بیک اپ کریبو کے نئے ورژن نے بنایا تھا۔ اس آلے پر کریبو اپ ڈیٹ کریں، پھر اسے بحال کریں۔ کچھ نہیں بدلا گیا۔
BackupTruncated = بیک اپ فائل نامکمل ہے: شاید اس کی ڈاؤن لوڈنگ یا کاپی مکمل نہیں ہوئی۔ کچھ نہیں بدلا گیا۔
BackupDamaged = بیک اپ فائل خراب ہے اور بحال نہیں ہو سکتی۔ کچھ نہیں بدلا گیا۔
BackupNeedsPassphrase = یہ بیک اپ پاس فریز سے محفوظ ہے۔ اسے بحال کرنے کے لیے پاس فریز لکھیں۔
BackupWrongPassphrase = یہ پاس فریز اس بیک اپ کو نہیں کھولتا۔ کچھ نہیں بدلا گیا۔
BackupHeading = بیک اپ اور بحالی
BackupIntro = بیک اپ ایک ہی فائل ہے جس میں اس رجسٹر کے تمام گاہک، نوٹ، فروخت، پوائنٹس کے بیلنس اور ترتیبات موجود ہیں۔ اسے اس آلے کے علاوہ کہیں اور رکھیں، مثلاً USB اسٹک یا کسی دوسرے کمپیوٹر پر۔
BackupProtect = بیک اپ کو پاس فریز سے محفوظ کریں
BackupProtectHint = پاس فریز کے بغیر، جس کے ہاتھ بھی یہ فائل لگے وہ ہر گاہک کی تفصیلات پڑھ سکتا ہے۔ بھولا ہوا بیک اپ پاس فریز واپس نہیں لایا جا سکتا۔
BackupPassphrase = بیک اپ کا پاس فریز
BackupPassphraseAgain = بیک اپ کا پاس فریز دوبارہ
BackupPassphrasesDiffer = بیک اپ کے دونوں پاس فریز ایک جیسے نہیں ہیں۔
BackupDownload = بیک اپ ڈاؤن لوڈ کریں
BackupWriting = بیک اپ بنایا جا رہا ہے…
BackupSaved = بیک اپ { $file } کے نام سے محفوظ ہو گیا۔ اسے کسی محفوظ جگہ رکھیں۔
RestoreHeading = بیک اپ بحال کریں
RestoreIntro = بحالی اس آلے پر گاہکوں کے رجسٹر کی ہر چیز کو بیک اپ سے بدل دیتی ہے۔ بیک اپ بننے کے بعد درج کی گئی ہر چیز ضائع ہو جائے گی۔ پہلے پوری فائل جانچی جاتی ہے: خراب فائل کچھ نہیں بدلتی۔
RestoreFile = بیک اپ فائل
RestoreMadeAt = بننے کا وقت
RestoreCustomers = گاہک
RestoreNotes = نوٹ اور فالو اپ
RestorePurchases = خریداریاں
RestorePassphrase = اس بیک اپ کا پاس فریز
RestoreButton = یہ بیک اپ بحال کریں
RestoreConfirm = کیا اس آلے پر گاہکوں کے رجسٹر کی ہر چیز اس بیک اپ سے بدل دی جائے؟ بیک اپ بننے کے بعد درج کی گئی ہر چیز ضائع ہو جائے گی۔
RestoreChecking = بیک اپ جانچا اور بحال کیا جا رہا ہے…
RestoreDone = بیک اپ بحال ہو گیا۔
BackupBeforeLock = پہلے بیک اپ ڈاؤن لوڈ کریں
RestoreChooseFile = پہلے بیک اپ فائل منتخب کریں۔
