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
TagToAdd = منتخب گاہکوں میں شامل کرنے یا ان سے ہٹانے کا ٹیگ
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
NavInsights = تجزیہ
InsightsHeading = کون قیمتی ہے، کون دور ہو رہا ہے
InsightsWorking = اسکور اور پیش گوئیاں نکالی جا رہی ہیں… { $percent }
RfmHeading = آخری بار کب آئے، اور کتنی بار
RfmExplain = پچھلے { $months } مہینوں میں خریداری کرنے والے گاہک، پانچ برابر حصوں میں بانٹ کر ۱ سے ۵ تک اسکور: ۵ یعنی سب سے حال ہی میں آنے والے یا سب سے زیادہ بار آنے والے۔ کسی خانے کو چنیں تاکہ اس کے گاہک دیکھ سکیں۔ قطاریں آخری آمد دکھاتی ہیں، کالم آمد کی کثرت۔
RfmCaption = گاہک اور فروخت، آخری آمد (قطاریں) اور آمد کی کثرت (کالم) کے لحاظ سے
RfmFrequencyScore = کثرت { $f }
RfmRecencyScore = آخری آمد { $r }
RfmCellScores = آخری آمد { $r }، کثرت { $f }:
RfmCellCustomers = آخری آمد { $r }، کثرت { $f }: { $count } گاہک
AndMore = اور { $n } مزید
SegmentsHeading = گروہ
SegChampions = بہترین گاہک
SegLoyal = وفادار
SegPotentialLoyalists = وفادار بن سکتے ہیں
SegNew = نئے
SegPromising = امید افزا
SegNeedAttention = توجہ چاہیے
SegAboutToSleep = ٹھنڈے پڑ رہے ہیں
SegAtRisk = خطرے میں
SegCantLoseThem = کھونا نہیں چاہیے
SegHibernating = خاموش ہو گئے
AtRiskHeading = دور ہوتے گاہک
AtRiskExplain = مستقل گاہک جو معمول سے زیادہ عرصے سے نہیں آئے، سب سے قیمتی پہلے۔ خطرے میں رقم وہ ہے جو وہ واپس آنے پر اگلے { $months } مہینوں میں خرچ کرتے، اسے ان کے واپس نہ آنے کے امکان سے ضرب دے کر۔
AtRiskNone = اس وقت کوئی مستقل گاہک دور نہیں ہو رہا۔
ColCustomer = گاہک
ColCustomers = گاہک
ColWhy = کیوں
ColStillCustomer = ابھی بھی گاہک ہونے کا امکان
ColValueAtRisk = خطرے میں رقم
AtRiskWhy = آخری آمد { $last }؛ عموماً ہر { $days } دن بعد
ModelsHeading = پیش گوئیاں، اور ان پر کتنا بھروسا کیا جائے
ModelsFitted = { $date } کو { $customers } گاہکوں کی بنیاد پر حساب لگایا گیا ({ $repeat } کم از کم ایک بار دوبارہ آئے)۔
ModelsTooFew = پیش گوئیوں کے لیے مزید ریکارڈ چاہیے: کم از کم { $customers } گاہک، جن میں سے { $repeat } دوبارہ آئے ہوں۔ اب تک: { $have_customers } گاہک، جن میں سے { $have_repeat } دوبارہ آئے۔
ModelsNotSettled = اس دکان کی فروخت کے ریکارڈ سے پیش گوئی کسی پکے نتیجے تک نہیں پہنچی، اس لیے ناقابلِ اعتماد پیش گوئی دکھانے کے بجائے کچھ نہیں دکھایا گیا۔
VisitsModel = آمد کا ماڈل (BG/NBD)
SpendModel = خرچ کا ماڈل (Gamma-Gamma)
SpendModelMissing = خرچ کا اندازہ لگانے کے لیے ابھی دوبارہ خریداریاں بہت کم ہیں۔
LogLikelihood = لاگ لائکلی ہڈ
HoldoutHeading = پچھلے { $weeks } ہفتوں سے جانچا گیا
HoldoutExplain = پچھلے { $weeks } ہفتوں کو نکال کر پیش گوئی دوبارہ لگائی گئی، پھر دیکھا گیا کہ اس کے مطابق ہر گروہ ان ہفتوں میں کتنی بار آتا۔ اگر دونوں ستون تقریباً برابر ہوں تو پیش گوئی پر بھروسا کیا جا سکتا ہے۔
HoldoutPredicted = فی گاہک متوقع آمد
HoldoutActual = فی گاہک اصل آمد
HoldoutTableCaption = جانچ کے ہفتوں میں متوقع اور اصل آمد، پہلے کی آمد کے لحاظ سے
HoldoutVisitsBefore = پہلے کی دوبارہ آمد
HoldoutOrMore = { $n } یا زیادہ
OutlookHeading = امکانات
OutlookWorking = پیش گوئی نکالی جا رہی ہے…
OutlookSegment = گروہ
OutlookNoModel = جب دکان کی فروخت کا ریکارڈ زیادہ ہو جائے گا تو پیش گوئی نظر آئے گی۔
OutlookStillCustomer = ابھی بھی گاہک ہونے کا امکان
OutlookVisits = اگلے { $months } مہینوں میں متوقع آمد
OutlookValue = اگلے { $months } مہینوں میں متوقع خرچ
OutlookExplain = اس دکان کے اپنے ریکارڈ سے: { $name } کتنی بار آئے، اور آخری بار آئے ہوئے کتنا عرصہ ہو گیا۔
RestoreReadingFile = فائل پڑھی جا رہی ہے…
SegmentNameMissing = گروہ کا نام لکھیں۔
SegmentNameTaken = اس نام کا ایک اور گروہ پہلے سے موجود ہے۔ کوئی دوسرا نام چنیں۔
SegmentGone = یہ گروہ دوسرے ٹیب میں حذف ہو چکا ہے، اس لیے محفوظ نہیں ہوا۔
ConditionValueMissing = کوئی قدر لکھیں۔
ConditionNotANumber = کوئی عدد لکھیں، جیسے ۳ یا ۲٫۵۔
ConditionNotAPercent = ۰ سے ۱۰۰ تک فیصد لکھیں۔
ConditionProblem = شرط { $n }: { $problem }
SubjectSpend = خرچ کی گئی رقم
SubjectVisits = آمد کی تعداد
SubjectDaysSinceVisit = آخری آمد کو کتنے دن ہوئے
SubjectTag = ٹیگ
SubjectPoints = پوائنٹس کا بیلنس
SubjectTier = وفاداری کا درجہ
SubjectRfm = RFM گروہ
SubjectChanceActive = ابھی بھی گاہک ہونے کا امکان (%)
SubjectExpectedValue = اگلے ۱۲ مہینوں میں متوقع خرچ
SubjectName = نام
SubjectEmail = ای میل
SubjectPhone = فون
SubjectAddress = پتہ
SubjectBirthday = سالگرہ
SubjectDaysSinceAdded = شامل ہوئے کتنے دن ہوئے
TestNeverBought = کبھی خریداری نہیں کی
TestIsSet = درج ہے
TestIsEmpty = خالی ہے
TestIs = یہ ہے
TestIsNot = یہ نہیں ہے
TestContains = میں یہ شامل ہے
TestAtLeast = کم از کم
TestAtMost = زیادہ سے زیادہ
TestYes = “ہاں” ہے
TestNo = “نہیں” ہے
WindowAllTime = اب تک
WindowDays = پچھلے { $n } دنوں میں
SegmentMatches = { $n ->
    [one] { $n } گاہک ان شرطوں پر پورا اترتا ہے
   *[other] { $n } گاہک ان شرطوں پر پورے اترتے ہیں
}
SegmentReadingPoints = وفاداری پوائنٹس پڑھے جا رہے ہیں… { $n }
SegmentCounting = گنتی ہو رہی ہے…
EditSegment = گروہ میں ترمیم
NewSegment = نیا گروہ
AllSegments = تمام گروہ
SegmentName = گروہ کا نام
GroupN = حصہ { $n }
AddConditionToGroup = اس حصے میں شرط شامل کریں
RemoveGroup = یہ حصہ ہٹائیں
AddCondition = شرط شامل کریں
AddGroup = حصہ شامل کریں
SaveSegment = گروہ محفوظ کریں
MatchJoin = وہ گاہک جو
JoinAll = یہ سب شرطیں پوری کریں
JoinAny = ان میں سے کم از کم ایک شرط پوری کریں
ConditionWindowLabel = شرط { $n }: مدت
ConditionValueLabel = شرط { $n }: قدر
ConditionSubjectLabel = شرط { $n }: کیا دیکھنا ہے
ConditionTestLabel = شرط { $n }: موازنہ کیسے ہو
RemoveConditionN = شرط { $n } ہٹائیں
EditSegmentNamed = { $name } میں ترمیم
DeleteSegmentNamed = { $name } حذف کریں
ConfirmDeleteSegment = گروہ “{ $name }” حذف کریں؟ اس کے گاہک رجسٹر میں رہیں گے؛ صرف محفوظ کیا گیا فلٹر حذف ہوگا۔
ShowInList = گاہکوں کی فہرست میں دکھائیں
SavedSegments = گروہ
SegmentsIntro = گروہ اصولوں کے مطابق گاہک چنتا ہے، جیسے “پچھلے ۹۰ دنوں میں ۵٬۰۰۰ خرچ کیے اور ۳۰ دن سے نہیں آئے”۔ نئی فروخت کے ساتھ یہ خود تازہ رہتا ہے، اور گاہکوں کی فہرست میں کھلتا ہے تاکہ آپ ٹیگ لگا سکیں یا انہیں منتخب کر سکیں۔
NoSegmentsYet = ابھی کوئی گروہ نہیں۔ ایک بنائیں تاکہ وہ گاہک مل جائیں جنہیں آپ کو فون کرنا چاہیے۔
FilterBySegment = گروہ
AllCustomers = تمام گاہک
SelectAllShown = دکھائے گئے سب منتخب کریں
SegmentEmptyNow = اس وقت اس گروہ میں کوئی نہیں۔
ClustersHeading = آپ کے گاہکوں میں نظر آنے والی ٹولیاں
ClustersExplain = پچھلے { $months } مہینوں میں خریداری کرنے والے گاہک، اس لحاظ سے ٹولیوں میں بانٹے گئے کہ آخری بار کب آئے، کتنی بار آتے ہیں اور کتنا خرچ کرتے ہیں۔ { $k } ٹولیاں انہیں سب سے بہتر الگ کرتی ہیں (silhouette { $score }: ۱ یعنی بالکل الگ، ۰ یعنی آپس میں ملی ہوئی)۔
ClustersTooFew = جب اس مدت میں { $n } گاہک خریداری کر لیں گے تو ٹولیاں یہاں نظر آئیں گی۔
ClusterDescription = { $frequency }، { $spend }، { $recency }
TraitFrequent = اکثر آتے ہیں
TraitFrequencyMiddle = کبھی کبھار آتے ہیں
TraitOccasional = بہت کم آتے ہیں
TraitHighSpend = زیادہ خرچ کرتے ہیں
TraitSpendMiddle = اوسط خرچ کرتے ہیں
TraitLowSpend = کم خرچ کرتے ہیں
TraitRecent = حال ہی میں آئے
TraitRecencyMiddle = کچھ عرصہ پہلے آئے
TraitLapsed = کافی عرصے سے نہیں آئے
ClustersCaption = گاہکوں کی ٹولیاں، ان کی عام آمد، خرچ اور آخری آمد کے بعد کے دنوں کے ساتھ
ColGroup = ٹولی
ColMeanVisits = فی گاہک آمد
ColMeanSpend = فی گاہک خرچ
ColMeanDaysSince = آخری آمد کو گزرے دن
ExportShown = دکھائے گئے گاہک برآمد کریں (CSV)
ExportingCustomers = گاہک برآمد ہو رہے ہیں… { $n }
SubjectScore = گاہک کا اسکور
CustomerScore = گاہک کا اسکور
CustomerScoreIntro = اپنی دکان کے لیے اہم باتوں پر گاہکوں کو نمبر دیں، جیسے ۹۰ دنوں میں ۵٬۰۰۰ خرچ کرنے پر ⁦+۳۰⁩ یا ۶۰ دن نہ آنے پر ⁦−۲۰⁩۔ گاہک کا اسکور ان اصولوں کے نمبروں کا مجموعہ ہے جن پر وہ پورا اترتا ہے، اور گروہ اسی سے گاہک چن سکتے ہیں۔
AddScoreRule = اصول شامل کریں
SaveScoreRules = اسکور کے اصول محفوظ کریں
ScoreRulesSaved = اسکور کے اصول محفوظ ہو گئے۔
ScorePoints = نمبر
ConditionPointsLabel = شرط { $n }: نمبر
ScoreSummary = اس وقت اسکور: { $low } سے { $high } تک؛ آدھے گاہکوں کا اسکور { $median } یا زیادہ ہے۔
ScorePointsProblem = نمبر: ⁦−{ $max }⁩ سے { $max } تک کوئی پورا عدد لکھیں، ۰ کے سوا۔
ScoreRuleBad = اصول { $n } کوئی نمبر نہیں دیتا، بہت زیادہ دیتا ہے، یا خود اسکور کو دیکھتا ہے۔
RfmSetupSummary = مدت اور ہر خانے کا گروہ بدلیں
RfmPeriod = کون سی خریداریاں گنی جائیں
RfmPeriodMonths = پچھلے { $months } مہینوں میں
RfmTableCaption = ہر خانہ کس گروہ میں ہے: قطاریں آخری آمد، کالم آمد کی کثرت
RfmSquareSegment = گروہ برائے آخری آمد { $r }، کثرت { $f }
RfmUsualTable = معمول کا جدول استعمال کریں
RfmSetupSave = محفوظ کریں اور دوبارہ حساب لگائیں
RfmSetupSaved = محفوظ ہو گیا۔ نیچے کے اعداد دوبارہ نکالے جا رہے ہیں۔
SegmentTooDeep = ایک حصے میں دوسرا حصہ نہیں ہو سکتا: اس کی شرطیں خود اسی حصے میں لے آئیں۔
SegmentPartLeftOut = اس گروہ کا ایک حصہ (حصے کے اندر حصہ) یہاں نہیں دکھایا جا سکتا اور کسی سے میل نہیں کھاتا۔ محفوظ کرنے پر یہ نکل جائے گا۔
BundleTitle = { $name } کے بارے میں محفوظ ذاتی معلومات
BundleIntro = یہ { $date } کو اس دکان کی گاہکوں کی کتاب (Karibu) سے، متعلقہ شخص کی درخواست پر بنائی گئی۔ اس میں وہ سب کچھ ہے جو کتاب ان کے بارے میں رکھتی ہے۔
BundleMachineReadable = یہی معلومات کمپیوٹر کے پڑھنے کے قابل شکل میں data.json میں ہیں، جن کی وضاحت schema.json میں ہے۔
BundleProfile = پروفائل
BundleName = نام
BundleAdded = کتاب میں شامل کیا گیا
BundleTimeline = نوٹس اور رابطے
BundlePurchases = خریداریاں
BundleVoided = منسوخ
BundleLoyalty = لائلٹی پوائنٹس (بقایا { $points })
BundleSegments = گاہکوں کے گروہ جن میں وہ شامل ہیں
BundleScores = ان کے بارے میں نکالے گئے اعداد
BundleRequests = معلومات سے متعلق درخواستیں
BundleNone = کوئی نہیں۔
RequestAccess = رسائی (ان کی معلومات کی نقل)
RequestRectification = درستی
RequestErasure = مٹانا
RequestRestriction = پابندی (رکھیں، مگر استعمال نہ کریں)
RequestPortability = منتقلی (کہیں اور لے جانے کے لیے نقل)
RequestObjection = اعتراض (کوئی تشہیر نہیں)
RequestOpen = زیرِ کارروائی
RequestDone = مکمل
RequestRefused = مسترد
ScoreRfm = RFM اسکور (تازگی، تعدد، خرچ)
ScoreRfmMeaning = ہر ایک 1 سے 5 تک، پچھلے { $months } مہینوں میں اس دکان کے دوسرے گاہکوں کے مقابلے میں: آخری خریداری کتنی حال میں، کتنی بار اور کتنی رقم کی۔
ScoreSegmentMeaning = وہ گروہ جس میں RFM اسکور انہیں رکھتا ہے۔
ScoreAliveMeaning = ماڈل کا اندازہ، اس بنیاد پر کہ وہ کتنی بار آئے اور آخری بار کب آئے، کہ وہ اب بھی یہاں سے خریدتے ہیں۔
ScoreVisitsMeaning = اس عرصے میں ماڈل کتنی آمد کی توقع کرتا ہے۔
ScoreValueMeaning = ماڈل کے مطابق وہ اس عرصے میں کتنا خرچ کریں گے، آج کی قیمت میں۔
ScoreRulesMeaning = دکان کے اپنے اسکور کے اصولوں میں سے جن پر وہ پورے اترتے ہیں، ان کے پوائنٹس کا مجموعہ۔
RequestReceivedInFuture = موصول ہونے کی تاریخ: آج کے بعد کی نہیں ہو سکتی۔
RequestExtensionTooLong = کسی درخواست کی مدت کل ملا کر زیادہ سے زیادہ دو مہینے بڑھائی جا سکتی ہے۔
RequestReasonMissing = وجہ: بتائیں کہ مزید وقت کیوں چاہیے؛ قانون کے مطابق اسے درج کرنا ضروری ہے۔
RequestAlreadyClosed = یہ درخواست پہلے ہی بند ہو چکی ہے۔
RequestGone = یہ درخواست اب رجسٹر میں نہیں ہے (کسی اور ٹیب میں بدلی گئی)۔
PrivacyHeading = معلومات کا تحفظ
DownloadBundle = ان کی معلومات ڈاؤن لوڈ کریں (zip)
PreparingBundle = ان کی معلومات جمع ہو رہی ہیں…
ErasePerson = اس شخص کو مٹائیں…
TheirRequests = ان کی معلومات سے متعلق درخواستیں
NoRequests = کوئی درخواست درج نہیں۔
RequestType = درخواست
RequestReceived = موصول ہونے کی تاریخ
RecordRequest = درخواست درج کریں
RequestRecorded = درخواست درج ہو گئی۔
RequestDateUnreadable = موصول ہونے کی تاریخ: تاریخ اس طرح لکھیں: { $example }
RegisterHeading = معلومات سے متعلق درخواستیں
RegisterIntro = گاہکوں نے اپنی ذاتی معلومات کے بارے میں کیا مانگا ہے۔ ہر درخواست کا جواب موصول ہونے کے ایک مہینے کے اندر دینا ضروری ہے؛ وجہ بتا کر یہ مدت مزید دو مہینے بڑھائی جا سکتی ہے۔
RequestOverdue = مدت گزر گئی: جواب { $when } دینا تھا
RequestDueIn = جواب کی آخری تاریخ: { $when }
RequestReceivedOn = موصول: { $date }
ErasedPerson = مٹایا گیا شخص (کوڈ { $code })
AnswerRequest = اس درخواست کا جواب دیں
ExtraMonths = اضافی مہینے
ExtendReason = مزید وقت کیوں چاہیے
ExtendRequest = مدت بڑھائیں
WhatWasDone = کیا کیا گیا
MarkRequestDone = جواب دیا گیا نشان لگائیں
RefuseRequest = مسترد کریں
RequestsPressing = معلومات سے متعلق درخواستیں جن کی مدت گزر گئی یا ایک ہفتے میں پوری ہوگی: { $n }
EraseHeading = { $name } کو مٹائیں
EraseExplain = اس سے { $name } اس ڈیوائس سے ہمیشہ کے لیے ہٹ جائیں گے: ان کی تفصیلات، نوٹس، یاد دہانیاں اور پوائنٹس۔ ان کی خریداریاں آپ کی آمدنی میں بے نام فروخت کے طور پر رہیں گی (صرف رقم، تاریخ اور قسم)، کیونکہ دکانیں ٹیکس کے لیے فروخت کا ریکارڈ رکھتی ہیں۔ اسے واپس نہیں کیا جا سکتا۔
MentionsHeading = دوسرے گاہکوں کے ریکارڈ جن میں ان کا ذکر ہے
LookingForMentions = دوسرے گاہکوں کے نوٹس دیکھے جا رہے ہیں…
NoMentions = کسی دوسرے گاہک کے ریکارڈ میں ان کا ذکر نہیں۔
MentionsExplain = ہر اس ریکارڈ پر نشان لگائیں جس سے ان کا ذکر ہٹانا ہے۔ بغیر نشان والے ویسے ہی رہیں گے، اور بعد کی جانچ انہیں دکھائے گی۔
MentionRemove = { $owner } کے ریکارڈ سے ذکر ہٹائیں
EraseNow = ہمیشہ کے لیے مٹائیں
ConfirmErase = { $name } کو ہمیشہ کے لیے مٹا دیں؟ اسے واپس نہیں کیا جا سکتا۔
ErasingMentions = آپ کے نشان زدہ ذکر ہٹائے جا رہے ہیں…
ErasingPerson = ان کے ریکارڈ ہٹائے جا رہے ہیں…
ErasingScanning = ہر محفوظ ریکارڈ جانچا جا رہا ہے… اب تک { $n }
ErasedHeading = مٹا دیا گیا
ErasureVerified = جانچ کامیاب: تمام { $n } محفوظ ریکارڈ پڑھے گئے، اور کسی میں ان کا نام، ای میل، فون یا شناخت نہیں۔
ErasureNotVerified = مٹا دیا گیا، مگر جانچ میں باقی نشانات ملے: { $n }۔ مٹانے کی درخواست ان کے ہٹنے تک کھلی رہے گی۔
ErasureSharedName = ایک اور گاہک کا بھی یہی نام ہے، اس لیے جانچ میں نام کے بجائے ان کی شناخت، ای میل اور فون تلاش کیے گئے۔
ToRegister = معلومات سے متعلق درخواستیں کھولیں
TraceIn = { $where } میں { $what }
TraceId = ان کی شناخت
TraceName = ان کا نام
TraceEmail = ان کی ای میل
TracePhone = ان کا فون
PlaceCustomers = گاہکوں کی تفصیلات
PlaceNotes = نوٹس اور یاد دہانیاں
PlacePurchases = خریداریاں
PlacePoints = لائلٹی پوائنٹس
PlaceSetAside = الگ رکھے گئے خراب ریکارڈ
PlaceSettings = ترتیبات
PlaceMemory = اس ٹیب کی میموری
ErasureRequestClosed = ان کی مٹانے کی درخواست کو جواب دیا گیا نشان لگا دیا گیا۔
RequestExtensionTooLate = مزید وقت صرف درخواست ملنے کے پہلے مہینے میں لیا جا سکتا ہے، اور متعلقہ شخص کو اسی وقت بتانا ضروری ہے۔
ErasureUnreadable = محفوظ ریکارڈ جو جانچ کے لیے کھولے نہ جا سکے: { $n }۔
RequestPersonGone = ایسا گاہک جو اب کتاب میں نہیں
ConsentHeading = رضامندی اور قانونی بنیاد
PurposeEmailMarketing = ای میل کے ذریعے تشہیر
PurposeSmsMarketing = ایس ایم ایس کے ذریعے تشہیر
PurposeLoyalty = وفاداری پروگرام
PurposeAnalytics = تجزیہ
PurposeRemoved = ایسا مقصد جو اب فہرست میں نہیں
BasisConsent = رضامندی
BasisContract = معاہدہ
BasisLegitimateInterest = جائز مفاد
BasisLegalObligation = قانونی ذمہ داری
ConsentPurpose = مقصد
ConsentNow = اس وقت
ConsentGivenOn = { $basis }، { $date } سے
ConsentWithdrawnOn = { $date } کو واپس لی گئی
ConsentNothing = کچھ درج نہیں
ConsentWithdraw = واپسی درج کریں
ConsentWithdrawFor = واپسی درج کریں: { $purpose }
ConsentBasis = قانونی بنیاد
ConsentSource = کیسے دی گئی
ConsentSourceExample = مثلاً کاؤنٹر پر کاغذی فارم
ConsentWording = عبارت کا نسخہ (اختیاری)
ConsentGiven = دی گئی
ConsentWithdrawnWord = واپس لی گئی
RecordConsent = رضامندی درج کریں
ConsentRecorded = رضامندی درج ہو گئی۔
ConsentWithdrawnDone = واپسی درج ہو گئی۔
ConsentHistory = تاریخچہ ({ $n })
ConsentSourceNeeded = بتائیں کہ رضامندی کیسے دی گئی (مثلاً کاؤنٹر پر کاغذی فارم): دکان کو یہ دکھانے کے قابل ہونا چاہیے۔
ConsentUnknownPurpose = یہ مقصد اب مقاصد کی فہرست میں نہیں۔
PurposeNameProblem = مقصد کا نام ضروری ہے، زیادہ سے زیادہ ۸۰ حروف۔
RestrictionHeading = پابندی اور اعتراض
RestrictedNow = استعمال پر پابندی ہے: ان کی معلومات محفوظ ہیں، مگر گروہوں، تجزیے اور فہرستوں سے باہر ہیں۔
NotRestricted = استعمال پر کوئی پابندی نہیں۔
ObjectsNow = انہیں براہِ راست تشہیر پر اعتراض ہے: وہ کسی تشہیری فہرست میں نہیں۔
NoObjection = تشہیر پر کوئی اعتراض درج نہیں۔
Restrict = استعمال پر پابندی لگائیں
LiftRestriction = پابندی ہٹائیں
RecordObjection = تشہیر پر اعتراض درج کریں
WithdrawObjection = اعتراض واپس لیں
FlagNote = وجہ (اختیاری)
FlagRestrictionOn = استعمال پر پابندی لگی
FlagRestrictionOff = پابندی ہٹا دی گئی
FlagObjectionOn = تشہیر پر اعتراض کیا
FlagObjectionOff = اعتراض واپس لیا گیا
OwnPurposesHeading = وہ مقاصد جن کے لیے آپ رضامندی لیتے ہیں
OwnPurposesHint = ای میل، ایس ایم ایس، وفاداری اور تجزیہ ہمیشہ موجود ہیں؛ اپنے مقاصد شامل کریں، جیسے سالگرہ کارڈ۔
PurposeName = نیا مقصد
AddPurpose = مقصد شامل کریں
PurposeAdded = مقصد شامل ہو گیا۔
SegmentUsedFor = کس کام کے لیے
SegmentUsedForNothing = کوئی خاص مقصد نہیں
SegmentPurposeNote = مقصد ہو تو صرف وہی لوگ فہرست میں آتے ہیں جن کے لیے اس مقصد کی قانونی بنیاد ہو، اور تشہیر میں اعتراض کرنے والا کوئی شخص کبھی شامل نہیں ہوتا۔ جن پر پابندی ہے وہ کسی گروہ میں نہیں۔
SubjectConsent = { $purpose } کے لیے قانونی بنیاد
BackupReminderNever = گاہکوں کے اس رجسٹر کا اس آلے پر کبھی بیک اپ نہیں لیا گیا۔ آلہ گم ہو جائے یا خراب ہو جائے تو بیک اپ آپ کے گاہکوں کو محفوظ رکھتا ہے۔
BackupReminderOld = اس آلے پر آخری بیک اپ { $n } دن پہلے لیا گیا تھا۔
BackupNowLink = ابھی بیک اپ لیں
BackupLastOn = اس آلے پر آخری بیک اپ: { $date }
BackupNeverOnDevice = اس آلے پر ابھی تک کوئی بیک اپ نہیں لیا گیا۔
RetentionHeading = معلومات کتنی دیر رکھی جاتی ہیں
RetentionIntro = اصول جو وہ ہٹاتے ہیں جس کی دکان کو اب ضرورت نہیں۔ ہر اصول لاگو کرنے سے پہلے دکھاتا ہے کہ کیا ہٹائے گا۔ جن پر پابندی ہے یا جن کی کوئی درخواست کھلی ہے، وہ کبھی نہیں ہٹائے جاتے۔
RetentionRemoveInactive = { $n } مہینے سے غیر فعال گاہکوں کو ہٹائیں (ان کی خریداریاں آمدنی میں گمنام رہتی ہیں)
RetentionDeleteOld = { $n } سال سے پرانے ٹائم لائن اندراجات حذف کریں (کھلے فالو اپ باقی رہتے ہیں)
RetentionKindInactive = غیر فعال گاہکوں کو ہٹائیں
RetentionKindOldEntries = پرانے ٹائم لائن اندراجات حذف کریں
RetentionKind = اصول
RetentionMonths = بغیر سرگرمی کے مہینے
RetentionYears = اس سے پرانے (سال)
RetentionAutomatic = روزانہ ایک بار خود لاگو ہو
RetentionAutomaticNote = روزانہ ایک بار خود لاگو ہوتا ہے
AddRetentionRule = اصول شامل کریں
RetentionNoRules = ابھی تک معلومات رکھنے کا کوئی اصول نہیں۔
RetentionPreview = پیشگی جائزہ
RetentionPreviewFor = پیشگی جائزہ: { $rule }
RetentionApply = ابھی لاگو کریں
RetentionApplyFor = ابھی لاگو کریں: { $rule }
RetentionRemoveRule = اصول ہٹائیں
RetentionRemoveRuleFor = اصول ہٹائیں: { $rule }
RetentionAffects = اس سے { $n } گاہک یا اندراجات متاثر ہوتے ہیں۔
RetentionConfirm = “{ $rule }” ابھی لاگو کریں؟ جو ہٹایا جائے گا وہ واپس نہیں آ سکتا۔
RetentionWorking = اصول لاگو ہو رہا ہے… { $percent }
RetentionChecking = جانچ ہو رہی ہے کہ کیا ہٹے گا…
RetentionApplied = اصول لاگو ہو گیا: { $n } ہٹائے گئے۔
RetentionLogHeading = کیا ہٹایا گیا، اور کب
RetentionLogEntry = { $date }: { $rule }: { $n } ہٹائے گئے
RetentionByItself = (خودکار)
RetentionOutOfRange = غیر فعال گاہک: ۶ سے ۲۴۰ مہینے۔ پرانے اندراجات: ۱ سے ۵۰ سال۔
RecordsHeading = معلومات کے استعمال کا ریکارڈ
RecordsIntro = وہ ریکارڈ جو قانون (GDPR دفعہ ۳۰) کاروبار سے رکھنے کو کہتا ہے، اس رجسٹر سے بھرا ہوا۔ بتائیں کہ آپ کون ہیں اور معلومات کس کو جاتی ہیں، پھر رکھنے یا چھاپنے کے لیے ڈاؤن لوڈ کریں۔
RecordsMade = Karibu نے { $date } کو بنایا۔
RecordsNotGiven = (ابھی نہیں بھرا گیا)
RecordsController = ذمہ دار کون ہے (کنٹرولر)
RecordsControllerLabel = آپ کا کاروبار: نام، پتا اور رابطہ
RecordsRecipientsLabel = جن کو معلومات جاتی ہیں (مثلاً آپ کا اکاؤنٹنٹ)، اور دیگر نوٹ
RecordsPurposes = مقاصد اور قانونی بنیاد
RecordsPurposeService = گاہکوں کی خدمت: گاہکوں کا رجسٹر، نوٹ اور خریداریاں (معاہدہ، جائز مفاد)
RecordsPurposeTax = ٹیکس کے لیے رکھا گیا فروخت کا ریکارڈ (قانونی ذمہ داری)
RecordsPurposeLine = { $purpose }: { $basis }؛ اس وقت بنیاد رکھنے والے لوگ: { $n }
RecordsSubjects = کس کی معلومات
RecordsSubjectsLine = گاہک: { $n }
RecordsCategories = کون سی معلومات
RecordsDataCategories = نام، فون، ای میل، پتا، سالگرہ، زبان، شخص کے بارے میں نوٹ، خریداریاں، وفاداری پوائنٹس، رضامندی اور درخواستوں کا تاریخچہ
RecordsOwnFields = آپ کے اپنے خانے: { $fields }
RecordsRecipients = کہاں رکھی جاتی ہیں اور کون وصول کرتا ہے
RecordsStorage = صرف اسی آلے پر، براؤزر کے ذخیرے میں؛ جب تک آپ خود برآمد نہ کریں کچھ کہیں نہیں بھیجا جاتا۔
RecordsTransfers = دوسرے ممالک کو منتقلی
RecordsNoTransfers = کوئی نہیں۔
RecordsRetention = کتنی دیر رکھی جاتی ہیں
RecordsNoRetention = رکھنے کا کوئی اصول نہیں: معلومات ہٹائے جانے تک رہتی ہیں۔
RecordsSecurity = کیسے محفوظ ہیں
RecordsLockOn = ایپ لاک آن ہے: محفوظ کی گئی ہر چیز پاس فریز (Argon2id) کے تحت خفیہ (AES-256-GCM) ہے۔
RecordsLockOff = ایپ لاک بند ہے: اس آلے کا براؤزر استعمال کرنے والا کوئی بھی رجسٹر پڑھ سکتا ہے۔
RecordsSecurityDevice = ایپ کسی دوسری سائٹ سے کچھ لوڈ نہیں کرتی اور کوئی معلومات نہیں بھیجتی؛ بیک اپ پاس فریز سے محفوظ کیے جا سکتے ہیں۔
RecordsDownload = رکھنے یا چھاپنے کے لیے ڈاؤن لوڈ کریں
RecordsSaved = ریکارڈ محفوظ ہو گیا۔
ImportHeading = گاہک درآمد کریں
ImportLink = درآمد
ImportIntro = اسپریڈشیٹ، کیش مشین یا کسی اور CRM سے CSV فائل کی صورت میں، یا فون کے رابطوں سے vCard فائل کی صورت میں گاہک لائیں۔ آپ کی تصدیق سے پہلے کچھ محفوظ نہیں ہوگا۔
ImportFile = درآمد کی فائل (CSV یا vCard)
ImportReading = فائل پڑھی جا رہی ہے…
ImportFileSummary = { $file }: { $rows ->
    [one] ایک سطر
   *[other] { $rows } سطریں
}
ImportEncoding = حروف
ImportSeparator = خانوں کو الگ کرنے والا نشان
SeparatorComma = کاما (,)
SeparatorSemicolon = سیمی کولن (;)
SeparatorTab = ٹیب
ImportDamaged = کچھ حروف { $encoding } کے طور پر نہیں پڑھے جا سکے۔ اگر نیچے نام غلط دکھائی دیں تو “حروف” میں کوئی اور انتخاب کریں۔
ImportEmpty = فائل خالی ہے۔
ImportHeadersOnly = فائل میں سرخیوں کی سطر ہے مگر اس کے نیچے کوئی گاہک نہیں۔
ImportUnclosedQuote = سطر { $line }: واوین سے شروع ہونے والا خانہ بند نہیں ہوتا، اس لیے باقی ساری فائل ایک ہی خانے کے طور پر پڑھی جاتی۔ اس سطر کے واوین دیکھ لیں۔
ImportTooManyRows = فائل میں { $max } سے زیادہ سطریں ہیں۔ اسے چھوٹی فائلوں میں بانٹ دیں۔
ImportColumnsHeading = کالم
ImportColumnsIntro = بتائیں کہ ہر کالم کہاں جائے۔ انتخاب سرخیوں سے اندازہ لگا کر کیے گئے ہیں؛ مثالوں سے ملا کر دیکھ لیں۔
ImportColumn = کالم
ImportExample = مثال
ImportGoesTo = کہاں جائے
TargetSkip = چھوڑ دیں
TargetKaribuId = Karibu شناخت (گاہک ڈھونڈتی ہے)
TargetFullName = پورا نام (پہلے اور خاندانی نام میں بانٹا جائے گا)
TargetDisplayName = پکارا جانے والا نام
TargetLanguage = پسندیدہ زبان
TargetAbout = تفصیل
TargetNewField = نئی فیلڈ “{ $name }”
ImportDates = تاریخیں اس طرح لکھی ہیں
DatesDayMonthYear = دن/مہینہ/سال (25/12/1990)
DatesMonthDayYear = مہینہ/دن/سال (12/25/1990)
DatesYearMonthDay = سال-مہینہ-دن (1990-12-25)
ImportCountry = بغیر + والے فون نمبروں کا ملک
ImportNoCountry = کوئی نہیں (نمبر + سے شروع ہوں)
ImportCheck = سطریں جانچیں
ImportChecking = سطروں کو رجسٹر سے ملایا جا رہا ہے…
ImportNoNameColumn = وہ کالم چنیں جس میں نام ہیں۔
ImportTwice = دو کالم “{ $field }” میں جا رہے ہیں۔ ایک رکھیں اور دوسرا چھوڑ دیں۔
ImportPreviewHeading = درآمد سے پہلے
ImportReady = { $n ->
    [one] ایک سطر درآمد کے لیے تیار ہے۔
   *[other] { $n } سطریں درآمد کے لیے تیار ہیں۔
}
ImportNewFields = ان کالموں کے لیے نئی فیلڈز جن کی Karibu میں جگہ نہیں: { $names }۔
ImportAlready = { $n ->
    [one] درآمد رکنے سے پہلے ایک سطر آ چکی تھی؛ اسے ویسے ہی رہنے دیا گیا ہے۔
   *[other] درآمد رکنے سے پہلے { $n } سطریں آ چکی تھیں؛ انہیں ویسے ہی رہنے دیا گیا ہے۔
}
ImportProblemsHeading = { $n ->
    [one] ایک سطر میں مسئلہ ہے
   *[other] { $n } سطروں میں مسئلہ ہے
}
ImportProblemsIntro = یہ سطریں درآمد نہیں ہوں گی۔ باقی ابھی درآمد کریں، یا فائل درست کر کے دوبارہ چنیں: پہلے سے آئی ہوئی سطریں پہچان لی جاتی ہیں۔
ImportRowProblem = سطر { $line }، { $column }: { $problem }
ImportCellTooLong = { $max } حروف سے لمبا ہے۔
ImportMoreProblems = …اور { $n } مزید۔
ImportDuplicatesHeading = { $n ->
    [one] ایک سطر رجسٹر میں پہلے سے موجود کسی شخص سے ملتی ہے
   *[other] { $n } سطریں رجسٹر میں پہلے سے موجود لوگوں سے ملتی ہیں
}
ImportDuplicate = سطر { $line }: { $name } کا میل { $existing } سے ہے ({ $reason })
ImportChoiceLabel = سطر { $line } کا کیا کریں
ChoiceUpdate = گاہک کو اپ ڈیٹ کریں
ChoiceSkip = سطر چھوڑ دیں
ChoiceCreate = نئے گاہک کے طور پر شامل کریں
ImportChoiceAll = ہر میل کے لیے
ImportApplyAll = سب پر لاگو کریں
ReasonSameId = وہی Karibu شناخت
ReasonSameEmail = وہی ای میل
ReasonSamePhone = وہی فون
ReasonCloseName = ملتا جلتا نام، وہی سالگرہ یا پتہ
ImportSample = پہلی سطریں، جیسے محفوظ ہوں گی
ImportRun = درآمد کریں
ImportStartAgain = دوسری فائل چنیں
ImportCreating = گاہک شامل کیے جا رہے ہیں…
ImportUpdating = گاہک اپ ڈیٹ کیے جا رہے ہیں…
ImportRollingBack = درآمد سے شامل ہونے والے گاہک ہٹائے جا رہے ہیں…
ImportRate = { $total } میں سے { $done } · { $rate } فی سیکنڈ · { $left }
ImportSecondsLeft = { $n ->
    [one] تقریباً ایک سیکنڈ باقی
   *[other] تقریباً { $n } سیکنڈ باقی
}
ImportMinutesLeft = { $n ->
    [one] تقریباً ایک منٹ باقی
   *[other] تقریباً { $n } منٹ باقی
}
ImportDone = درآمد مکمل: { $created } شامل، { $updated } اپ ڈیٹ، { $skipped } چھوڑے گئے۔
ImportSeeCustomers = گاہک دیکھیں
ImportInterrupted = “{ $file }” کی درآمد مکمل ہونے سے پہلے رک گئی ({ $rows } میں سے { $done } سطریں آئیں)۔ جاری رکھنے کے لیے وہی فائل چنیں، یا اسے واپس لیں۔
ImportResuming = اس فائل کی درآمد بیچ میں رک گئی تھی۔ اب درآمد کرنے سے وہ سطریں شامل ہوں گی جو ابھی نہیں آئیں۔
ImportRollBack = واپس لیں
ImportRollBackConfirm = “{ $file }” کی درآمد سے شامل ہونے والے سب گاہک ہٹا دیں؟ جن گاہکوں کو اس نے اپ ڈیٹ کیا ان کی تبدیلیاں برقرار رہیں گی۔
ImportRolledBack = { $n ->
    [one] درآمد واپس لے لی گئی: ایک گاہک ہٹایا گیا۔
   *[other] درآمد واپس لے لی گئی: { $n } گاہک ہٹائے گئے۔
}
ImportNothingToDo = درآمد کے لیے کوئی سطر باقی نہیں۔
ImportName = نام
DuplicatesLink = دہرے ریکارڈ
DuplicatesHeading = ممکنہ دہرے ریکارڈ
DuplicatesIntro = وہ ریکارڈ جو شاید ایک ہی شخص کے ہوں: ایک ہی ای میل یا فون، یا ایک دو حروف کے فرق والا نام جس کی سالگرہ یا پتہ ایک ہی ہو۔ ملانے سے ہر ریکارڈ کی ہر چیز محفوظ رہتی ہے۔
DuplicatesReading = گاہک پڑھے جا رہے ہیں… { $n }
DuplicatesNone = کوئی ممکنہ دہرا ریکارڈ نہیں: ہر گاہک کا ایک ہی ریکارڈ ہے۔
DuplicatesFound = { $n ->
    [one] ایک گروہ ملا
   *[other] { $n } گروہ ملے
}
DuplicatesLookAgain = دوبارہ دیکھیں
ConfidenceHigh = قوی امکان ہے کہ ایک ہی شخص ہے
ConfidenceLikely = شاید ایک ہی شخص
MergeReview = دیکھیں اور ملائیں
MergeReviewNamed = { $names } کو دیکھیں اور ملائیں
MergeHeading = ایک گاہک میں ملائیں
MergeRecords = ملانے کے لیے ریکارڈ
MergeRecordAdded = { $name }، { $date } کو شامل کیا گیا
MergeChoose = جہاں فرق ہے، چنیں کہ کیا رکھنا ہے
MergeAgree = ریکارڈ ہر خانے میں ایک جیسے ہیں۔
MergeKeptTogether = ہر ریکارڈ کے فون، ای میل، ٹیگ، نوٹ، خریداریاں، پوائنٹس اور رضامندی کی تاریخ سب محفوظ رہتے ہیں۔
MergeButton = ملائیں
MergeNeedsTwo = ملانے کے لیے دو یا زیادہ ریکارڈ چنیں۔
MergedToast = { $n } ریکارڈ { $name } میں ملا دیے گئے
MergeWorking = ملایا جا رہا ہے…
MergeFieldName = نام
ExportShownVcard = دکھائے گئے گاہک برآمد کریں (vCard)
BulkActions = منتخب گاہکوں کے لیے
RemoveTag = ٹیگ ہٹائیں
BulkFieldLabel = بدلنے والا خانہ
BulkValueLabel = نئی قدر (خالی چھوڑیں تو خانہ صاف ہو جائے گا)
BulkSet = منتخب گاہکوں پر لگائیں
BulkSetDone = { $n ->
    [one] ایک گاہک تبدیل ہوا
   *[other] { $n } گاہک تبدیل ہوئے
}
HealthLink = ڈیٹا کی درستی
HealthHeading = ڈیٹا کی درستی
HealthIntro = گاہکوں کے رجسٹر میں کیا درست کرنا ہے۔ متعلقہ گاہک دیکھنے کے لیے کوئی سطر کھولیں۔
HealthClean = درست کرنے کو کچھ نہیں: ہر ایک سے رابطہ ہو سکتا ہے اور ہر خانہ ٹھیک لگتا ہے۔
HealthUnreachable = { $n ->
    [one] ایک گاہک کا نہ فون ہے نہ ای میل
   *[other] { $n } گاہکوں کا نہ فون ہے نہ ای میل
}
HealthBadEmails = { $n ->
    [one] ایک گاہک کی ای میل یقیناً غلط ہے
   *[other] { $n } گاہکوں کی ای میل یقیناً غلط ہے
}
HealthBadPhones = { $n ->
    [one] ایک گاہک کا فون نمبر ملک کے کوڈ کے بغیر ہے
   *[other] { $n } گاہکوں کے فون نمبر ملک کے کوڈ کے بغیر ہیں
}
HealthStale = { $n ->
    [one] ایک گاہک کے ریکارڈ میں { $years } سال سے نہ کوئی ترمیم ہوئی نہ خریداری
   *[other] { $n } گاہکوں کے ریکارڈ میں { $years } سال سے نہ کوئی ترمیم ہوئی نہ خریداری
}
HealthRarelyFilled = { $field }: { $total } میں سے صرف { $have } گاہکوں کے لیے بھرا گیا
HealthMore = …اور { $n } مزید
ExportMore = برآمد…
ExportPurchases = ان کی خریداریاں (CSV)
ExportLedger = ان کے پوائنٹس کا کھاتہ (CSV)
ExportTimeline = ان کے نوٹ، کالیں اور ملاقاتیں (CSV)
NavReports = رپورٹیں
ReportsHeading = دوسروں کو دینے کے لیے رپورٹیں
ReportsIntro = وہ اعداد جو آپ دکان سے باہر کسی کو (ہیڈ آفس، اکاؤنٹنٹ، انجمنِ تاجران) دے سکتے ہیں، بغیر کسی گاہک کی پہچان ظاہر کیے۔ چھوٹے گروہ چھپا دیے جاتے ہیں اور ہر عدد میں تھوڑی سی بے ترتیب کمی بیشی کر دی جاتی ہے، اس لیے ان سے کسی کی آمد یا خرچ کا پتا نہیں لگایا جا سکتا۔
ReportMetric = کیا گنا جائے
MetricCustomers = خریداری کرنے والے گاہک
MetricVisits = خریداریاں
MetricRevenue = آمدنی
MetricAverageSpend = فی گاہک خرچ
ReportBreakdown = گروہ بندی
BreakdownMonth = مہینہ
BreakdownTag = ٹیگ
BreakdownAgeBand = عمر کا گروہ
BreakdownRegion = شہر یا علاقہ
BreakdownSegment = گروہ
BreakdownTier = وفاداری کا درجہ
ReportSegmentHint = وہ گروہ شامل نہیں کیے جاتے جو RFM، پیش گوئیوں یا ان پر بنے اسکور کو دیکھتے ہیں: ایک گاہک دوسروں کو ان میں داخل یا ان سے خارج کر سکتا ہے۔
ReportYear = سال
ReportFirstMonth = پہلا مہینہ
ReportLastMonth = آخری مہینہ
ReportEpsilon = اس رپورٹ پر رازداری کا خرچ (ε)
ReportEpsilonHint = جتنا کم، اتنی زیادہ بے ترتیب کمی بیشی اور اتنا زیادہ تحفظ۔
ReportSmallestGroup = اس سے کم گاہکوں والے گروہ چھپائیں
ReportMaxVisits = ایک گروہ میں فی گاہک زیادہ سے زیادہ کتنی خریداریاں گنی جائیں
ReportMaxSpend = ایک گروہ میں فی گاہک زیادہ سے زیادہ کتنا خرچ گنا جائے
ReportConfidence = ممکنہ حد پر کتنا یقین ہو
ReportConfidenceChoice = { $percent } یقین
ReportMake = رپورٹ بنائیں
ReportMaking = رپورٹ بن رہی ہے…
ReportBudgetLeft = { $year } کے لیے رازداری کا بجٹ: { $budget } میں سے { $left } باقی ہے
ReportYearlyBudget = رازداری کا سالانہ بجٹ (ε)
ReportSaveBudget = بجٹ محفوظ کریں
ReportBudgetSaved = رازداری کا بجٹ محفوظ ہو گیا۔
ReportRefused = رپورٹ نہیں بنی: اس پر { $asked } خرچ ہوتا، جبکہ { $year } کے لیے صرف { $left } باقی ہے۔ اس پر کم خرچ کریں، کوئی اور سال چنیں، یا اگر آپ زیادہ خطرہ قبول کرتے ہیں تو بجٹ بڑھا دیں۔
ReportMade = رپورٹ { $n } بن گئی۔ یہ نیچے محفوظ ہے؛ اسے دوبارہ ڈاؤن لوڈ کرنے پر کچھ خرچ نہیں ہوتا۔
ReportNoiseExplain = ہر عدد میں بے ترتیب کمی بیشی کی گئی ہے: یہ تقریباً ⁦± { $plusminus }⁩ تک مختلف ہو سکتا ہے۔ اصل عدد دکھائی گئی حد کے اندر ہے، { $confidence } یقین کے ساتھ۔
ReportsMade = بنائی گئی رپورٹیں
ReportsNone = ابھی تک کوئی رپورٹ نہیں بنی۔
ReportTitle = رپورٹ { $n }: { $metric }، بلحاظ { $breakdown }
ReportPeriod = { $from } سے { $to } تک
ReportDownloadCsv = رپورٹ { $n } ڈاؤن لوڈ کریں (CSV)
ReportOpenPrintable = رپورٹ { $n } کا چھاپنے کے قابل صفحہ
ReportColGroup = گروہ
ReportColValue = عدد
ReportColRange = ممکنہ حد
ReportColOffBy = تقریبی فرق
ReportColSpent = رازداری کا خرچ
ReportColPeriod = مہینے
ReportColMade = بننے کا وقت
ReportHidden = چھپایا گیا: { $k } سے کم گاہک
ReportUnnamedHidden = { $n ->
    [one] ایک چھوٹا گروہ چھپایا گیا ہے اور اس کا نام نہیں دیا گیا۔
   *[other] { $n } چھوٹے گروہ چھپائے گئے ہیں اور ان کے نام نہیں دیے گئے۔
}
ReportTotal = کل
ReportRange = { $low } سے { $high } تک
AgeBandUnder = { $age } سال سے کم
AgeBandRange = { $from } سے { $to } سال
AgeBandOver = { $age } سال اور زیادہ
ReportNotGiven = نہیں بتایا گیا
ReportFootnote = یہ رپورٹ { $date } کو Karibu سے بنائی گئی۔ رازداری کا خرچ: ⁦ε { $epsilon }⁩۔ { $k } سے کم گاہکوں والے گروہ چھپائے گئے ہیں۔ ایک گروہ میں ہر گاہک زیادہ سے زیادہ { $cap } تک گنا جاتا ہے۔ صرف مجموعے دکھائے گئے ہیں: کوئی نام، رابطہ یا گاہک نمبر نہیں۔
ReportKTooSmall = ہر گروہ میں کم از کم ۵ گاہک ہونے چاہییں۔
ReportNeedsEpsilon = رازداری کا خرچ ۰ سے زیادہ ہونا چاہیے۔
ReportMonthsOrder = پہلا مہینہ آخری مہینے کے بعد کا نہیں ہو سکتا۔
ReportNeedsCap = فی گاہک زیادہ سے زیادہ حد ۰ سے زیادہ ہونی چاہیے۔
ReportConfidenceUnknown = چنیں کہ ممکنہ حد پر کتنا یقین ہو۔
ReportNoRandomness = اس آلے سے محفوظ بے ترتیب نمبر نہیں ملے، اس لیے رپورٹ نہیں بنی اور کچھ خرچ نہیں ہوا۔
ReportFileNotWritten = فائل نہیں لکھی جا سکی۔ کچھ خرچ نہیں ہوا؛ دوبارہ کوشش کریں۔
ReportCapHint = جس نے اس سے زیادہ خرچ کیا، وہ اتنا ہی گنا جائے گا۔ حد جتنی کم ہو، بے ترتیب کمی بیشی اتنی کم ہوگی۔
AnalystHeading = تجزیہ کار کے لیے گاہکوں کا ڈیٹا
AnalystIntro = ہر گاہک کی ایک سطر، اس شخص کے لیے جو آپ کی طرف سے آپ کے گاہکوں کا مطالعہ کرتا ہے: شخص کی جگہ ایک کوڈ (ہر فائل میں نیا کوڈ، جس سے نہ اس تک پہنچنے کا کوئی راستہ ہے نہ دو فائلوں کو ملانے کا)، نہ نام، نہ فون، نہ ای میل، نہ پتہ، اور عمر اور شہر صرف گروہوں میں۔ عمر کے گروہ اور شہر کی ہر جوڑی میں کم از کم اتنے گاہک ہوتے ہیں جتنے آپ چنیں، ورنہ فائل نہیں بنتی۔
AnalystK = ہر گروہ میں کم از کم اتنے گاہک
AnalystCheck = گروہ جانچیں
AnalystChecking = { $n ->
    [one] ایک گاہک کی جانچ ہو رہی ہے…
   *[other] { $n } گاہکوں کی جانچ ہو رہی ہے…
}
AnalystSmallest = { $n ->
    [one] سب سے چھوٹا گروہ: ایک گاہک۔ { $how }
   *[other] سب سے چھوٹا گروہ: { $n } گاہک۔ { $how }
}
AnalystLevelBands = عمریں دس دس سال کے گروہوں میں؛ کم گاہکوں والے شہر “دوسرے علاقے” میں شامل کیے گئے ہیں۔
AnalystLevelWide = عمریں تین بڑے گروہوں میں؛ کم گاہکوں والے شہر “دوسرے علاقے” میں شامل کیے گئے ہیں۔
AnalystLevelNoArea = عمریں تین بڑے گروہوں میں؛ شہر نہیں۔
AnalystLevelNothing = نہ عمر، نہ شہر۔
AnalystRefused = { $n ->
    [one] فائل نہیں بنی: سب سے چھوٹے گروہ میں ایک گاہک ہے، جو { $k } سے کم ہے۔ اتنے کم میں کسی کو پہچانا جا سکتا ہے۔
   *[other] فائل نہیں بنی: سب سے چھوٹے گروہ میں { $n } گاہک ہیں، جو { $k } سے کم ہیں۔ اتنے کم میں کسی کو پہچانا جا سکتا ہے۔
}
AnalystDownload = تجزیہ کار کی فائل ڈاؤن لوڈ کریں (CSV)
AnalystColCode = گاہک کا کوڈ
AnalystColSpend = خرچ
AnalystColLast = آخری خریداری (مہینہ)
AgeAny = کوئی بھی عمر
AreaOther = دوسرے علاقے
AreaAny = کوئی بھی علاقہ
NavDashboard = خلاصہ
DashboardHeading = دکان کا حال
DashboardPeriod = مدت
PeriodWeek = پچھلے ۷ دن
PeriodMonth = پچھلے ۳۰ دن
PeriodQuarter = پچھلے ۱۳ ہفتے
PeriodYear = پچھلے ۱۲ مہینے
DashboardCounting = فروخت گنی جا رہی ہے… { $percent }
DashboardSpan = { $now }، پچھلی مدت { $before } کے مقابلے میں۔
DashboardChartsHeading = اس مدت میں
DashboardReadingFeedback = آراء پڑھی جا رہی ہیں… { $n }
DashboardModelsHeading = گاہک کی قدر اور گروہ
KpiCustomers = گاہک
KpiNew = نئے گاہک
KpiActive = خریدنے والے گاہک
KpiRepeatRate = ایک سے زیادہ بار خریدا
KpiRetention = واپس آئے
KpiChurn = واپس نہیں آئے
KpiAverageSpend = اوسط فروخت
KpiVisitsPerCustomer = فی گاہک آمد
KpiMemberRevenue = معلوم گاہکوں کو فروخت
KpiWalkInRevenue = بغیر گاہک کے فروخت
KpiSatisfaction = اطمینان (۱ سے ۵)
KpiNps = سفارش کا اسکور (NPS)
KpiLiability = واجب الادا پوائنٹس
KpiLiabilityNote = وہ پوائنٹس جو گاہکوں کے پاس ہیں اور وہ اب بھی انہیں استعمال کر سکتے ہیں۔
KpiSatisfactionNote = اوسط اسکور، { $responses }۔
KpiNpsNote = سفارش کرنے والوں میں سے منفی رائے والے گھٹا کر، { $responses }۔
KpiResponses = { $n ->
    [one] ایک جواب
   *[other] { $n } جوابات
}
KpiUpFrom = پچھلی مدت کے { $before } سے زیادہ
KpiDownFrom = پچھلی مدت کے { $before } سے کم
KpiSame = پچھلی مدت جتنا
KpiNoBefore = موازنے کے لیے کچھ نہیں
KpiNoFigure = ابھی کوئی عدد نہیں
KpiWorking = حساب لگایا جا رہا ہے…
KpiNoModel = گاہک کی اوسط قدر: پیش گوئی کے لیے ابھی دوبارہ خریداریاں کافی نہیں۔
KpiAverageValueIs = { $n ->
    [one] گاہک کی اوسط قدر: اگلے { $months } مہینوں میں { $value }، پیش گوئی میں شامل ایک گاہک کے لیے۔
   *[other] گاہک کی اوسط قدر: اگلے { $months } مہینوں میں { $value }، پیش گوئی میں شامل { $n } گاہکوں کا اوسط۔
}
ChartTakings = فروخت
ChartVisits = آمد
ChartNewReturning = نئے اور واپس آنے والے گاہک
ChartNew = نئے
ChartReturning = واپس آنے والے
ChartAsTable = جدول کی صورت میں دکھائیں
ChartStepsCaption = اس مدت میں فروخت، آمد اور گاہک
ChartColDay = دن
ChartColWeek = ہفتے کا آغاز
ChartWeekOf = { $date } والا ہفتہ
ChartCohorts = واپس آنے والے گاہک، پہلی خریداری کے مہینے کے لحاظ سے
ChartCohortExplain = ہر سطر ان گاہکوں کی ہے جن کی پہلی خریداری اس مہینے میں ہوئی؛ ہر خانہ بتاتا ہے کہ ان میں سے کتنے فیصد نے اتنے مہینے بعد دوبارہ خریدا۔
ChartCohortFirst = پہلی خریداری
ChartMonthsLater = { $n ->
    [one] { $n } مہینے بعد
   *[other] { $n } مہینے بعد
}
ChartSegments = گروہ وار گاہک
ChartShare = حصہ

ImportRecording = خریداریاں درج کی جا رہی ہیں…
ImportPurchasesLink = خریداریاں درآمد کریں
ImportPurchasesHeading = خریداریاں درآمد کریں
ImportPurchasesIntro = پرانی فروخت کسی کیش مشین کی برآمد یا CSV فائل کے طور پر محفوظ اسپریڈشیٹ سے لائیں: ہر فروخت کی ایک سطر، اس کی تاریخ اور رقم کے ساتھ، اور اسے کسی گاہک کے نام درج کرنے کے لیے گاہک کی ای میل، فون یا Karibu شناخت۔ جس سطر میں کوئی گاہک نہ ہو وہ بغیر گاہک کے فروخت ہے۔ جب تک آپ تصدیق نہ کریں کچھ محفوظ نہیں ہوتا۔
ImportPurchasesFile = درآمد کی فائل (CSV)
SaleColumnCustomer = گاہک (ای میل، فون یا شناخت)
SaleColumnDate = تاریخ (اور وقت)
SaleColumnTime = وقت
SaleColumnAmount = رقم
SaleColumnCategories = زمرے
SaleColumnNote = نوٹ
ImportMatchBy = گاہک اس سے پہچانے جائیں
ImportMatchByUsual = Karibu شناخت، ای میل یا فون
ImportAmounts = رقمیں اس طرح لکھی ہیں
AmountsDecimalPoint = اعشاری نقطے کے ساتھ (1,250.50)
AmountsDecimalComma = اعشاری کوما کے ساتھ (1.250,50)
ImportNoAmountColumn = وہ کالم چنیں جس میں رقمیں ہیں۔
ImportNoDateColumn = وہ کالم چنیں جس میں تاریخیں ہیں۔
SaleNoSuchCustomer = رجسٹر میں اس ای میل، فون یا Karibu شناخت والا کوئی گاہک نہیں۔
SaleNoSuchCustomerField = رجسٹر میں اس { $field } والا کوئی گاہک نہیں۔
SaleSeveralCustomers = یہ ایک سے زیادہ گاہکوں کا ہے، اس لیے Karibu نہیں بتا سکتا کہ کس نے خریدا۔
SaleBadDate = یہ اوپر چنے گئے طریقے سے لکھی تاریخ نہیں۔
ImportSalesReady = { $n ->
    [one] ایک خریداری درآمد کے لیے تیار ہے ({ $total })۔
   *[other] { $n } خریداریاں درآمد کے لیے تیار ہیں، کل { $total }۔
}
ImportSalesCustomers = { $n ->
    [one] یہ ایک گاہک کے نام درج ہوں گی۔
   *[other] یہ { $n } گاہکوں کے نام درج ہوں گی۔
}
ImportSalesWalkIns = { $n ->
    [one] ایک میں کوئی گاہک نہیں، اس لیے وہ بغیر گاہک کے فروخت کے طور پر درج ہو گی۔
   *[other] { $n } میں کوئی گاہک نہیں، اس لیے وہ بغیر گاہک کے فروخت کے طور پر درج ہوں گی۔
}
ImportSalesBefore = اس فائل کی خریداریاں { $date } کو پہلے ہی درآمد ہو چکی ہیں۔ دوبارہ درآمد کرنے سے وہ دو بار گنی جائیں گی۔
ImportPointsLegend = ان خریداریوں کے وفاداری پوائنٹس
ImportPointsNone = کوئی نہیں: پرانی فروخت بیلنس میں شامل نہیں ہوتی
ImportPointsEarn = آج کے پروگرام کے مطابق پوائنٹس، جیسے ہر فروخت اپنے دن درج ہوئی ہو
ImportSalesDone = { $n ->
    [one] درآمد مکمل: ایک خریداری درج ہوئی، { $points } پوائنٹس ملے۔
   *[other] درآمد مکمل: { $n } خریداریاں درج ہوئیں، { $points } پوائنٹس ملے۔
}
ImportSeeSales = فروخت کے اعداد دیکھیں
ImportSalesInterrupted = “{ $file }” سے خریداریوں کی درآمد مکمل ہونے سے پہلے رک گئی ({ $rows } میں سے { $done } سطریں آئیں)۔ جاری رکھنے کے لیے وہی فائل چنیں۔
ImportLine = سطر
