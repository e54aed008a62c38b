//! Every message, English and Urdu side by side.

use super::Lang;

macro_rules! messages {
    ($($key:ident => ($en:literal, $ur:literal),)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key,)+ }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)+];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::En) => $en, (Msg::$key, Lang::Ur) => $ur,)+
                }
            }
        }
    };
}

messages! {
    AppName => ("Karibu", "کریبو"),
    SkipToContent => ("Skip to content", "مواد پر جائیں"),
    MainNavigation => ("Main", "مرکزی"),
    NavCustomers => ("Customers", "گاہک"),
    NavToday => ("Today", "آج"),
    NavSettings => ("Settings", "ترتیبات"),
    Offline => ("Offline: everything still works on this device", "آف لائن: اس آلے پر سب کچھ کام کر رہا ہے"),
    OtherTabChanged => ("Karibu was upgraded in another tab. Reload to continue.", "کریبو کسی دوسرے ٹیب میں اپ گریڈ ہوا۔ جاری رکھنے کے لیے دوبارہ لوڈ کریں۔"),
    Reload => ("Reload", "دوبارہ لوڈ کریں"),
    StoreFailed => ("The customer book could not be opened: {error}", "گاہکوں کی کتاب نہیں کھل سکی: {error}"),
    Loading => ("Loading customers… {n}", "گاہک لوڈ ہو رہے ہیں… {n}"),

    SearchLabel => ("Search customers", "گاہک تلاش کریں"),
    SearchPlaceholder => ("Name, phone, email or tag", "نام، فون، ای میل یا ٹیگ"),
    AddCustomer => ("Add customer", "گاہک شامل کریں"),
    FilterByTag => ("Filter by tag", "ٹیگ سے چھانٹیں"),
    AllTags => ("All tags", "تمام ٹیگ"),
    SortBy => ("Sort by", "ترتیب"),
    SortNameAsc => ("Name A–Z", "نام (ا–ی)"),
    SortNameDesc => ("Name Z–A", "نام (ی–ا)"),
    SortUpdated => ("Recently updated", "حال ہی میں تبدیل شدہ"),
    SortNewest => ("Newest", "نئے ترین"),
    CustomerCount => ("{n} customers", "{n} گاہک"),
    CustomerList => ("Customer list", "گاہکوں کی فہرست"),
    NoCustomersYet => ("No customers yet. Add your first one.", "ابھی کوئی گاہک نہیں۔ پہلا گاہک شامل کریں۔"),
    NoMatch => ("No customer matches “{q}”.", "“{q}” سے کوئی گاہک نہیں ملا۔"),
    SelectCustomer => ("Select {name}", "{name} منتخب کریں"),
    SelectedCount => ("{n} selected", "{n} منتخب"),
    TagToAdd => ("Tag to add to the selected customers", "منتخب گاہکوں میں شامل کرنے کا ٹیگ"),
    AddTag => ("Add tag", "ٹیگ لگائیں"),
    DeleteSelected => ("Delete selected", "منتخب حذف کریں"),
    ClearSelection => ("Clear selection", "انتخاب ختم کریں"),
    DeletedCount => ("{n} deleted", "{n} حذف ہوئے"),
    Undo => ("Undo", "واپس لیں"),
    Dismiss => ("Dismiss", "بند کریں"),

    NewCustomer => ("New customer", "نیا گاہک"),
    EditCustomer => ("Edit customer", "گاہک میں ترمیم"),
    GivenName => ("Given name", "پہلا نام"),
    FamilyName => ("Family name", "خاندانی نام"),
    DisplayName => ("Name used (optional, e.g. “Mama Njeri”)", "پکارا جانے والا نام (اختیاری)"),
    Phone => ("Phone", "فون"),
    AddPhone => ("Add another phone", "ایک اور فون"),
    Email => ("Email", "ای میل"),
    AddEmail => ("Add another email", "ایک اور ای میل"),
    Address => ("Address", "پتہ"),
    Birthday => ("Birthday", "سالگرہ"),
    BirthdayHint => ("YYYY-MM-DD, or MM-DD without the year", "YYYY-MM-DD، یا سال کے بغیر MM-DD"),
    PreferredLanguage => ("Preferred language (e.g. en, sw, ur)", "پسندیدہ زبان (مثلاً en، sw، ur)"),
    About => ("About (favourite drink, allergies…)", "تفصیل (پسندیدہ مشروب، الرجی…)"),
    Tags => ("Tags", "ٹیگ"),
    TagsHint => ("Separate tags with commas", "ٹیگ کوما سے الگ کریں"),
    Save => ("Save", "محفوظ کریں"),
    Cancel => ("Cancel", "منسوخ"),
    FixProblems => ("Please fix the problems marked below. Nothing was saved yet; what you typed is kept.", "نیچے دی گئی غلطیاں درست کریں۔ ابھی کچھ محفوظ نہیں ہوا؛ آپ کا لکھا محفوظ ہے۔"),
    SaveFailed => ("Could not save: {error}. What you typed is kept.", "محفوظ نہیں ہو سکا: {error}۔ آپ کا لکھا محفوظ ہے۔"),
    Conflict => ("Someone changed this customer in another tab. Reload the customer to see their version.", "کسی نے اس گاہک کو دوسرے ٹیب میں بدل دیا۔ ان کا ورژن دیکھنے کے لیے دوبارہ لوڈ کریں۔"),
    NotFound => ("This customer is not in the book (perhaps deleted).", "یہ گاہک کتاب میں نہیں (شاید حذف ہو گیا)۔"),
    BackToList => ("Back to customers", "گاہکوں کی طرف واپس"),

    Edit => ("Edit", "ترمیم"),
    Delete => ("Delete", "حذف کریں"),
    ConfirmDelete => ("Delete {name} and their timeline?", "{name} اور ان کی ٹائم لائن حذف کریں؟"),
    Created => ("Added {date}", "شامل {date}"),
    Timeline => ("Timeline", "ٹائم لائن"),
    NothingYet => ("Nothing on the timeline yet.", "ٹائم لائن پر ابھی کچھ نہیں۔"),
    AddToTimeline => ("Add to timeline", "ٹائم لائن میں شامل کریں"),
    Kind => ("Kind", "قسم"),
    WhatHappened => ("What happened", "کیا ہوا"),
    FollowUpOn => ("Follow up on (optional)", "فالو اپ کی تاریخ (اختیاری)"),
    Score => ("Score", "اسکور"),
    NpsScale => ("Net Promoter score (0–10)", "نیٹ پروموٹر اسکور (۰–۱۰)"),
    KindNote => ("Note", "نوٹ"),
    KindCall => ("Call", "کال"),
    KindVisit => ("Visit", "آمد"),
    KindEmail => ("Email", "ای میل"),
    KindMessage => ("Message", "پیغام"),
    KindFeedback => ("Feedback", "رائے"),
    FollowUpDue => ("Follow up by {date}", "{date} تک فالو اپ"),
    MarkDone => ("Mark done", "مکمل"),
    Done => ("Done", "مکمل ہوا"),
    ScoreOf => ("Score {score}", "اسکور {score}"),

    FollowUpsDue => ("Follow-ups due", "واجب فالو اپ"),
    NothingDue => ("Nothing due. Enjoy the day.", "کچھ واجب نہیں۔ دن اچھا گزاریں۔"),
    BirthdaysThisWeek => ("Birthdays this week", "اس ہفتے کی سالگرہیں"),
    NoBirthdays => ("No birthdays this week.", "اس ہفتے کوئی سالگرہ نہیں۔"),
    IsToday => ("today", "آج"),
    InDays => ("in {n} days", "{n} دن میں"),
    Overdue => ("overdue since {date}", "{date} سے باقی"),

    Language => ("Language", "زبان"),
    FollowBrowser => ("Follow the browser", "براؤزر کے مطابق"),
    Country => ("Country for phone numbers typed without +", "بغیر + کے فون نمبروں کا ملک"),
    NoCountry => ("None: always type +country code", "کوئی نہیں: ہمیشہ + ملکی کوڈ لکھیں"),
    CustomFields => ("Custom fields", "اضافی خانے"),
    FieldLabel => ("Field name", "خانے کا نام"),
    FieldType => ("Field type", "خانے کی قسم"),
    Choices => ("Choices, separated by commas", "انتخاب، کوما سے الگ"),
    AddField => ("Add field", "خانہ شامل کریں"),
    RemoveField => ("Remove field {label}", "خانہ {label} ہٹائیں"),
    TypeText => ("Text", "متن"),
    TypeNumber => ("Number", "عدد"),
    TypeDate => ("Date", "تاریخ"),
    TypeYesNo => ("Yes/no", "ہاں/نہیں"),
    TypeChoice => ("Choice", "انتخاب"),
    FieldLabelRequired => ("Give the field a name.", "خانے کا نام لکھیں۔"),
    ChoicesRequired => ("A choice field needs at least one choice.", "انتخابی خانے میں کم از کم ایک انتخاب ہو۔"),
    Storage => ("Storage on this device", "اس آلے پر ذخیرہ"),
    PersistGranted => ("Persistent storage granted: the browser will not clear your customers to free space.", "مستقل ذخیرہ منظور: براؤزر جگہ بنانے کے لیے آپ کے گاہک حذف نہیں کرے گا۔"),
    PersistDenied => ("Persistent storage not granted: the browser may clear data when the disk is nearly full. Installing Karibu usually helps.", "مستقل ذخیرہ منظور نہیں: ڈسک بھرنے پر براؤزر ڈیٹا حذف کر سکتا ہے۔ کریبو انسٹال کرنا عموماً مدد دیتا ہے۔"),
    PersistUnknown => ("Checking storage…", "ذخیرہ جانچا جا رہا ہے…"),
    AskPersist => ("Ask for persistent storage", "مستقل ذخیرے کی درخواست کریں"),
    DemoData => ("Demo data", "نمونہ ڈیٹا"),
    DemoHowMany => ("How many demo customers", "کتنے نمونہ گاہک"),
    LoadDemo => ("Add demo customers", "نمونہ گاہک شامل کریں"),
    DemoProgress => ("Added {done} of {total}", "{total} میں سے {done} شامل"),
    Saved => ("Saved", "محفوظ ہو گیا"),
    Yes => ("yes", "ہاں"),
    No => ("no", "نہیں"),
}
