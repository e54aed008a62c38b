# Swahili (sw). Checked by: a Swahili-speaking reviewer persona (AI), session 5; not yet by a person.

AppName = Karibu
SkipToContent = Ruka hadi maudhui
MainNavigation = Menyu kuu
NavCustomers = Wateja
NavToday = Leo
NavSettings = Usanidi
Offline = Nje ya mtandao: kila kitu bado kinafanya kazi kwenye kifaa hiki
OtherTabChanged = Karibu imesasishwa kwenye kichupo kingine. Pakia upya ili kuendelea.
UpgradeBlocked = Karibu inasasisha hifadhi yake. Funga au pakia upya Karibu kwenye vichupo vyako vingine ili kumaliza.
Reload = Pakia upya
NewerVersionOpen = Toleo jipya zaidi la Karibu linatumia kitabu cha wateja. Pakia upya kichupo hiki ili kuendelea; hakuna kilichopotea.
SetAsideBanner = Rekodi zilizoharibika ambazo hazikuweza kusomwa: { $n }. Zimewekwa kando kama zilivyokuwa, na sehemu iliyobaki ya kitabu inafanya kazi kama kawaida.
ExportSetAside = Zihamishe
DiscardSetAside = Zitupe
ConfirmDiscardSetAside = Ungependa kutupa kabisa rekodi zilizowekwa kando? Zihamishe kwanza kama kuna mtu anayeweza kuzirejesha.
StoreFailed = Daftari la wateja halikuweza kufunguliwa: { $error }
Loading = Inapakia wateja… { $n }

SearchLabel = Tafuta wateja
SearchPlaceholder = Jina, simu, barua pepe au lebo
AddCustomer = Ongeza mteja
FilterByTag = Chuja kwa lebo
AllTags = Lebo zote
SortBy = Panga kwa
SortNameAsc = Jina A–Z
SortNameDesc = Jina Z–A
SortUpdated = Waliobadilishwa hivi karibuni
SortNewest = Wapya kwanza
CustomerCount = { $n ->
    [one] Mteja { $n }
   *[other] Wateja { $n }
}
CustomerList = Orodha ya wateja
NoCustomersYet = Bado hakuna wateja. Ongeza mteja wako wa kwanza.
NoMatch = Hakuna mteja anayelingana na “{ $q }”.
SelectCustomer = Chagua { $name }
SelectedCount = Umechagua { $n }
TagToAdd = Lebo ya kuwawekea au kuwaondolea wateja uliowachagua
AddTag = Ongeza lebo
DeleteSelected = Futa uliowachagua
ClearSelection = Ondoa uchaguzi
DeletedCount = Umefuta { $n }
Undo = Tendua
Dismiss = Funga

NewCustomer = Mteja mpya
EditCustomer = Hariri mteja
GivenName = Jina la kwanza
FamilyName = Jina la ukoo
DisplayName = Jina analoitwa (si lazima, mf. “Mama Njeri”)
Phone = Simu
AddPhone = Ongeza simu nyingine
Email = Barua pepe
AddEmail = Ongeza barua pepe nyingine
Address = Anwani
Birthday = Siku ya kuzaliwa
BirthdayHint = YYYY-MM-DD, au MM-DD bila mwaka
PreferredLanguage = Lugha anayopendelea (mf. en, sw, ur)
About = Maelezo (kinywaji anachopenda, mzio…)
AboutShort = Maelezo
Tags = Lebo
TagsHint = Tenganisha lebo kwa koma
Save = Hifadhi
Cancel = Ghairi
FixProblems = Tafadhali rekebisha makosa yaliyowekwa alama hapa chini. Bado hakuna kilichohifadhiwa; ulichoandika bado kipo.
SaveFailed = Imeshindwa kuhifadhi: { $error }. Ulichoandika bado kipo.
Conflict = Hii ilibadilishwa kwenye kichupo kingine wakati huo huo, kwa hiyo badiliko lako halikuhifadhiwa. Sasa unaona toleo la karibuni zaidi; fanya badiliko lako tena.
NotFound = Mteja huyu hayupo kwenye kitabu (huenda amefutwa).
BackToList = Rudi kwa wateja

Edit = Hariri
Delete = Futa
Deleting = Inafuta…
ConfirmDelete = Ungependa kumfuta { $name } pamoja na kumbukumbu zake?
Created = Aliongezwa { $date }
Timeline = Kumbukumbu
NothingYet = Bado hakuna kumbukumbu.
AddToTimeline = Ongeza kumbukumbu
Kind = Aina
WhatHappened = Kilichotokea
When = Lini (acha wazi ikiwa ni sasa)
FollowUpOn = Tarehe ya kufuatilia (si lazima)
Score = Alama
NpsScale = Alama ya kutupendekeza (NPS, 0–10)
KindNote = Dokezo
KindCall = Simu
KindVisit = Ziara
KindEmail = Barua pepe
KindMessage = Ujumbe
KindFeedback = Maoni
FollowUpDue = Fuatilia kufikia { $date }
MarkDone = Kamilisha
Done = Imekamilika
ScoreOf = Alama { $score }

FollowUpsDue = Ufuatiliaji unaosubiri
NothingDue = Hakuna cha kufuatilia. Furahia siku yako.
BirthdaysThisWeek = Siku za kuzaliwa wiki hii
NoBirthdays = Hakuna siku za kuzaliwa wiki hii.
IsToday = leo
InDays = baada ya siku { $n }
Overdue = imechelewa tangu { $date }

Language = Lugha
FollowBrowser = Lugha ya kivinjari
Country = Nchi ya namba za simu zilizoandikwa bila +
NoCountry = Hakuna: andika + na msimbo wa nchi kila mara
CustomFields = Sehemu za ziada
FieldLabel = Jina la sehemu
FieldType = Aina ya sehemu
Choices = Machaguo, yatenganishwe kwa koma
AddField = Ongeza sehemu
RemoveField = Ondoa sehemu { $label }
TypeText = Maandishi
TypeNumber = Namba
TypeDate = Tarehe
TypeYesNo = Ndiyo/hapana
TypeChoice = Chaguo
FieldLabelRequired = Ipe sehemu hii jina.
ChoicesRequired = Sehemu ya chaguo inahitaji angalau chaguo moja.
Storage = Hifadhi kwenye kifaa hiki
PersistGranted = Hifadhi ya kudumu imeruhusiwa: kivinjari hakitawafuta wateja wako ili kupata nafasi.
PersistDenied = Hifadhi ya kudumu haijaruhusiwa: kivinjari kinaweza kufuta data diski ikikaribia kujaa. Kusakinisha Karibu kwa kawaida husaidia.
PersistUnknown = Inakagua hifadhi…
AskPersist = Omba hifadhi ya kudumu
DemoData = Data ya majaribio
DemoHowMany = Wateja wangapi wa majaribio
LoadDemo = Ongeza wateja wa majaribio
DemoProgress = Imeongeza { $done } kati ya { $total }
NavCounter = Kaunta
NavLoyalty = Uaminifu
CounterTitle = Kwenye kaunta
FindCustomer = Mteja: jina au simu
Matches = Wateja wanaolingana
WalkIn = Mauzo bila mteja (mpita njia)
WalkInName = Mpita njia
ChangeCustomer = Badilisha mteja
Amount = Kiasi ({ $currency })
PurchaseCategories = Makundi, yatenganishwe kwa koma
PurchaseNote = Dokezo
MoreDetails = Makundi, dokezo, wakati
RecordSale = Rekodi mauzo
SaleRecorded = Mauzo ya { $amount } yamerekodiwa
EarnedPoints = Amepata pointi { $n }
Balance = Salio
PointsN = pointi { $n }
Tier = Ngazi
NoTier = Bado hana ngazi
ToNextTier = Bado { $needed } kufikia { $tier }
TopTier = Ngazi ya juu kabisa
RewardsAvailable = Zawadi zinazopatikana sasa
RedeemReward = Pata { $reward } kwa pointi { $cost }
NextReward = Bado pointi { $needed } kupata { $reward }
Redeemed = Zawadi imetolewa: { $reward }
NextSale = Mauzo yanayofuata
LoyaltyHeading = Uaminifu
PurchasesHeading = Manunuzi
SpentSummary = Amenunua mara { $count }, jumla { $total }
LedgerHeading = Historia ya pointi
NoPurchases = Bado hajanunua kitu.
NoEntries = Bado hakuna pointi.
Void = Batilisha
VoidPurchase = Batilisha ununuzi wa { $amount }
VoidReason = Sababu ya kubatilisha
Voided = Umebatilishwa: { $reason }
AdjustPoints = Rekebisha pointi
PointsChange = Pointi za kuongeza (tumia − kupunguza)
Reason = Sababu
Apply = Tekeleza
EntryEarn = Zimepatikana kwa ununuzi
EntryRedeem = Zimetumika: { $reward }
EntryExpire = Zimeisha muda
EntryAdjust = Zimerekebishwa: { $reason }
EntryReverse = Zimeondolewa, ununuzi umebatilishwa: { $reason }
ConfirmDeleteWithPoints = Ungependa kumfuta { $name }? Ana pointi { $points }, na historia yake ya pointi itafutwa pamoja naye. Manunuzi yake yatabaki kwenye mauzo ya duka, bila jina lake.
ProgrammeFigures = Takwimu za mpango
PointsIssued = Pointi zilizotolewa
PointsRedeemed = Pointi zilizotumika
Outstanding = Pointi za wateja ambazo bado hazijatumika
RedemptionRate = Kiwango cha matumizi ya pointi
MembersByTier = Wanachama kwa ngazi
TopCustomers = Wateja wanaonunua zaidi
RevenueByMonth = Mauzo kwa mwezi
ReadingAccounts = Inasoma akaunti… { $n }
Month = Mwezi
Sales = Mauzo
LoyaltySettings = Mpango wa uaminifu
EarnPoints = Pointi zinazopatikana
PerAmount = kwa kila ({ $currency })
PerVisit = Pointi kwa kila ziara
BirthdayPct = Pointi katika mwezi wa kuzaliwa, % (100 = hakuna bonasi, 200 = mara mbili)
CategoryBonus = Pointi za ziada kwa makundi, mf. “kahawa: 2, keki: 1”
Expiry = Pointi zinaisha muda
ExpiryNever = Haziishi kamwe
ExpiryInactive = Zote, baada ya idadi hii ya miezi bila ziara
ExpiryValid = Kila pointi, idadi hii ya miezi baada ya kupatikana
ExpiryMonths = Miezi
TierBasis = Ngazi zinapangwa kwa
BasisPoints = Pointi zilizopatikana katika miezi 12 iliyopita
BasisSpend = Kiasi alichotumia katika miezi 12 iliyopita
Tiers = Ngazi
TierName = Jina la ngazi
Threshold = Kuanzia
Multiplier = Kizidishi, %
TiersHint = Kila ngazi inaanzia kwenye thamani yake ya “Kuanzia”. Kizidishi chake huzidisha pointi zinazopatikana: 150% ni mara moja na nusu.
AddTier = Ongeza ngazi
RemoveTier = Ondoa ngazi { $n }
Rewards = Zawadi
RewardName = Zawadi
RewardCost = Bei kwa pointi
RewardActive = Inatolewa
AddReward = Ongeza zawadi
RemoveReward = Ondoa zawadi { $n }
SaveProgramme = Hifadhi mpango
ProgrammeSaved = Mpango umehifadhiwa (toleo { $v }). Pointi ambazo tayari zimepatikana zinabaki na sheria zilizokuwepo zilipopatikana.
LoyaltySettingsLink = Usanidi wa mpango wa uaminifu
AddDaySales = Ongeza mauzo ya siku moja ya majaribio
DaySalesDone = Mauzo { $n } ya majaribio yameongezwa
SalesLoading = Inapakia mauzo…
AmountPlain = Kiasi
PurchaseWhen = Lini (acha wazi ikiwa ni sasa)
EditPurchase = Hariri ununuzi wa { $amount }
Currency = Sarafu
CurrencyHint = Kiasi kilichokwisha kurekodiwa hakibadiliki: chagua sarafu kabla ya kurekodi mauzo.
ConfirmBulkDeleteWithPoints = { $n ->
    [one] Ungependa kumfuta mteja { $n }? Ana pointi { $points }, na historia yake ya pointi itafutwa pamoja naye. Manunuzi yake yatabaki kwenye mauzo ya duka, bila jina lake.
   *[other] Ungependa kuwafuta wateja { $n }? Kwa pamoja wana pointi { $points }, na historia yao ya pointi itafutwa pamoja nao. Manunuzi yao yatabaki kwenye mauzo ya duka, bila majina yao.
}

ProblemAmountEmpty = Weka kiasi.
ProblemAmountNumber = Kiasi: tarakimu tu, kama 250 au 250.50.
ProblemAmountNegative = Kiasi hakiwezi kuwa hasi.
ProblemAmountDecimals = Kiasi kina tarakimu nyingi mno baada ya nukta: zisizidi { $n }.
ProblemAmountZero = Kiasi lazima kiwe zaidi ya sifuri.
ProblemInFuture = Tarehe haiwezi kuwa ya siku zijazo.
ProblemWhenShape = Lini: chagua tarehe na saa.
ProblemVoidReason = Toa sababu ya kubatilisha.
ProblemAlreadyVoid = Ununuzi huu tayari umebatilishwa.
ProblemNotEnoughPoints = Pointi hazitoshi: zinahitajika { $cost }, salio ni { $balance }.
ProblemUnknownReward = Zawadi hiyo haipo tena kwenye orodha.
ProblemRewardInactive = Zawadi hiyo haitolewi sasa.
ProblemReasonRequired = Toa sababu.
ProblemWouldGoNegative = Huwezi kuondoa pointi { $change }: salio ni { $balance }.
ProblemNoCustomer = Mauzo bila mteja hayapati pointi.
ProblemPointsWhole = Pointi: namba kamili, kama 20 au −20.
ProblemWholeNumber = Namba kamili, { $min } au zaidi.
ProblemRequired = Inahitajika.
ProblemNotAscending = Lazima iwe juu kuliko ngazi iliyotangulia.
ProblemBonusFormat = Andika “kundi: pointi”, zikitenganishwa kwa koma.
Saved = Imehifadhiwa
Yes = ndiyo
No = hapana

## Masasisho ya programu (hosting)
UpdateReady = Toleo jipya la Karibu liko tayari.

## Makosa katika kilichoandikwa, kila moja likitaja sehemu yake
ProblemNameRequired = Jina: andika jina la kwanza, jina la ukoo au jina analoitwa.
ProblemTooLong = Ni marefu mno: kikomo ni herufi { $max }.
ProblemEmailShape = Barua pepe: hii haionekani kama anwani (name@example.com).
ProblemPhoneCharacter = Simu: “{ $char }” hairuhusiwi; tumia tarakimu, nafasi na +.
ProblemPhoneLength = Simu: tarakimu ni chache au nyingi mno kwa nchi hii.
ProblemPhoneCountryCode = Simu: anza na + na msimbo wa nchi, au weka nchi kwenye Usanidi.
ProblemBirthdayShape = Siku ya kuzaliwa: iandike kama YYYY-MM-DD, au MM-DD bila mwaka.
ProblemBirthdayFuture = Siku ya kuzaliwa: tarehe hii ni ya siku zijazo.
ProblemLanguageShape = Lugha anayopendelea: tumia msimbo wa lugha kama en, sw au ur.
ProblemCustomNumber = Andika namba.
ProblemCustomDate = Andika tarehe kama YYYY-MM-DD.
ProblemCustomYesNo = Jibu ndiyo au hapana.
ProblemCustomChoice = Chagua mojawapo ya machaguo yaliyoorodheshwa.
ProblemNoteText = Kilichotokea: andika maneno machache.
ProblemFollowUpShape = Tarehe ya kufuatilia: andika tarehe kama YYYY-MM-DD.
ProblemFollowUpPast = Tarehe ya kufuatilia: tarehe hii imeshapita.
ProblemNoteWhenShape = Lini: chagua tarehe na saa.
ProblemNoteWhenFuture = Lini: hii ni ya siku zijazo.
ProblemScoreRange = Alama: namba kamili kuanzia { $min } hadi { $max }.
ProblemAmountTooLarge = Kiasi ni kikubwa mno: kisizidi { $max }.
ProblemPointsTooLarge = Pointi: zisizidi { $max } kwa mara moja, kuongeza au kupunguza.
ProblemBalanceFull = Salio haliwezi kuongezwa pointi nyingi hivyo.
ProblemTooLarge = Ni kubwa mno: kikomo ni { $max }.

## Hitilafu za hifadhi, zinazotumika ndani ya sentensi nyingine ("Imeshindwa kuhifadhi: …"), kwa hiyo bila nukta mwishoni
StoreFull = hifadhi ya kifaa hiki imejaa, kwa hiyo hili halikuhifadhiwa. Kila kilichohifadhiwa awali kiko salama. Futa vitu visivyohitajika kwenye kifaa ili kupata nafasi (au hamisha na uondoe data za zamani), kisha ujaribu tena
StoreDeleted = mteja huyu alifutwa (huenda kwenye kichupo kingine), kwa hiyo hakuna kilichohifadhiwa kwa ajili yake. Kama hilo lilikuwa kosa, tendua ufutaji pale ulipofanyika
StoreNotEnoughPoints = pointi hazitoshi: salio sasa ni { $balance } (huenda zimetumika kwenye kichupo kingine)
StoreProblem = hifadhi ya kivinjari imeripoti tatizo ({ $detail })

## Page titles (the navigation may use shorter words)
CustomersTitle = Wateja
SettingsTitle = Mipangilio

## The starting loyalty programme, named in the owner's language when a book is new
StartTierBronze = Shaba
StartTierSilver = Fedha
StartTierGold = Dhahabu
StartRewardCoffee = Kahawa bure
StartRewardTenOff = Punguzo la 10%

## Long histories are shown a page at a time
ShowOlder = Onyesha za zamani ({ $n } zaidi)

## A date picker in the calendar the language shows
PickDate = Chagua tarehe
PreviousMonth = Mwezi uliopita
NextMonth = Mwezi ujao
StoreLocked = kitabu cha wateja kimefungwa. Kifungue kwa nenosiri lako, kisha jaribu tena
StoreLockChanged = kufuli ya programu imebadilishwa kwenye kichupo kingine. Kichupo hiki kimesasishwa: jaribu tena; hakuna kilichopotea
LockWrongPassphrase = Nenosiri hilo halifungui kitabu hiki. Hakuna kilichobadilishwa.
LockTooShort = Nenosiri linahitaji angalau herufi { $n }.
LockUnreadable = Kufuli ya kitabu hiki haisomeki na toleo hili la Karibu. Hakuna kilichobadilishwa.
LockStateChanged = Kufuli ya programu ilibadilishwa wakati huo huo, huenda kwenye kichupo kingine. Pakia ukurasa upya; hakuna kilichopotea.
UnlockTitle = Karibu imefungwa
UnlockIntro = Andika nenosiri lako ili kufungua kitabu cha wateja kwenye kifaa hiki.
Passphrase = Nenosiri
UnlockButton = Fungua
Unlocking = Inakagua nenosiri…
UnlockWait = Umekosea nenosiri mara nyingi mno. Jaribu tena baada ya sekunde { $n }.
UnlockForgotten = Umesahau nenosiri? Hakuna anayeweza kulirejesha, hata Karibu: ndivyo kitabu kinavyobaki salama kifaa hiki kikipotea.
AppLock = Kufuli ya programu
AppLockIntro = Kufuli ikiwa imewashwa, kitabu cha wateja husimbwa kwenye kifaa hiki, na Karibu huomba nenosiri kila inapofunguliwa au ikikaa bila kutumika.
AppLockWarning = Ukisahau nenosiri, hakuna anayeweza kulirejesha, hata Karibu, na kitabu cha wateja hakitaweza kufunguliwa tena kamwe. Liandike na ulihifadhi mahali salama.
NewPassphrase = Nenosiri jipya
RepeatPassphrase = Nenosiri jipya tena
PassphraseHint = Angalau herufi { $n }. Maneno machache utakayoyakumbuka yana nguvu kuliko nenosiri fupi.
UnderstandUnrecoverable = Ninaelewa kwamba nenosiri lililosahauliwa haliwezi kurejeshwa
TurnLockOn = Washa kufuli
PassphrasesDiffer = Manenosiri mapya mawili hayafanani.
ConfirmUnrecoverable = Weka alama kwenye kisanduku kuonyesha umesoma onyo.
LockIsOn = Kufuli imewashwa: kitabu cha wateja kimesimbwa kwenye kifaa hiki.
LockAfter = Ijifunge yenyewe baada ya
IdleMinutes = dakika { $n } bila kutumika
IdleNever = Kamwe
LockNow = Funga sasa
ChangePassphrase = Badilisha nenosiri
CurrentPassphrase = Nenosiri la sasa
PassphraseChanged = Nenosiri limebadilishwa. Tumia jipya kuanzia sasa.
TurnLockOff = Zima kufuli
TurnLockOffHint = Kitabu cha wateja kitahifadhiwa tena bila kusimbwa kwenye kifaa hiki.
LockTurnedOn = Kufuli imewashwa. Kitabu cha wateja kimesimbwa.
LockTurnedOff = Kufuli imezimwa.
LockConverting = Kufuli bado inawashwa au kuzimwa. Jaribu tena ikishamaliza.
LockingBook = Inasimba fiche kitabu cha wateja. Unaweza kuendelea kufanya kazi.
UnlockingBook = Inaondoa kufuli kwenye kitabu cha wateja. Unaweza kuendelea kufanya kazi.
RecordsDone = rekodi { $done } kati ya { $total }
BackupNotABackup = Faili hili si nakala ya akiba ya Karibu. Hakuna kilichobadilishwa.
BackupNewerFormat = Nakala hii ya akiba ilitengenezwa na toleo jipya zaidi la Karibu. Sasisha Karibu kwenye kifaa hiki, kisha uirejeshe. Hakuna kilichobadilishwa.
BackupTruncated = Faili la nakala ya akiba halijakamilika: huenda halikumaliza kupakuliwa au kunakiliwa. Hakuna kilichobadilishwa.
BackupDamaged = Faili la nakala ya akiba limeharibika na haliwezi kurejeshwa. Hakuna kilichobadilishwa.
BackupNeedsPassphrase = Nakala hii ya akiba imelindwa kwa nenosiri. Liandike ili kuirejesha.
BackupWrongPassphrase = Nenosiri hilo halifungui nakala hii ya akiba. Hakuna kilichobadilishwa.
BackupHeading = Nakala ya akiba na urejeshaji
BackupIntro = Nakala ya akiba ni faili moja lenye wateja wote, madokezo, mauzo, masalio ya pointi na mipangilio yote ya kitabu hiki. Ihifadhi nje ya kifaa hiki, kwa mfano kwenye flash ya USB au kompyuta nyingine.
BackupProtect = Linda nakala ya akiba kwa nenosiri
BackupProtectHint = Bila nenosiri, yeyote atakayepata faili anaweza kusoma taarifa za kila mteja. Nenosiri la nakala ya akiba likisahaulika haliwezi kurejeshwa.
BackupPassphrase = Nenosiri la nakala ya akiba
BackupPassphraseAgain = Nenosiri la nakala ya akiba tena
BackupPassphrasesDiffer = Manenosiri mawili ya nakala ya akiba hayafanani.
BackupDownload = Pakua nakala ya akiba
BackupWriting = Inaandika nakala ya akiba…
BackupSaved = Nakala ya akiba imehifadhiwa kama { $file }. Iweke mahali salama.
RestoreHeading = Rejesha nakala ya akiba
RestoreIntro = Kurejesha kunabadilisha kila kitu katika kitabu cha wateja kwenye kifaa hiki kwa nakala ya akiba. Chochote kilichoingizwa baada ya nakala kutengenezwa kitapotea. Faili hukaguliwa lote kwanza: lililoharibika halibadilishi chochote.
RestoreFile = Faili la nakala ya akiba
RestoreMadeAt = Ilitengenezwa
RestoreCustomers = Wateja
RestoreNotes = Madokezo na ufuatiliaji
RestorePurchases = Manunuzi
RestorePassphrase = Nenosiri la nakala hii ya akiba
RestoreButton = Rejesha nakala hii ya akiba
RestoreConfirm = Ungependa kubadilisha kila kitu katika kitabu cha wateja kwenye kifaa hiki kwa nakala hii ya akiba? Chochote kilichoingizwa baada ya nakala hii kutengenezwa kitapotea.
RestoreChecking = Inakagua na kurejesha nakala ya akiba…
RestoreDone = Nakala ya akiba imerejeshwa.
BackupBeforeLock = Pakua nakala ya akiba kwanza
RestoreChooseFile = Chagua faili la nakala ya akiba kwanza.
NavInsights = Uchambuzi
InsightsHeading = Nani ana thamani, nani anaanza kupotea
InsightsWorking = Inakokotoa alama na utabiri… { $percent }
RfmHeading = Walinunua lini na mara ngapi
RfmExplain = Wateja walionunua katika miezi { $months } iliyopita, wamepewa alama 1 hadi 5 kwa mafungu matano sawa: 5 ni waliokuja karibuni zaidi au mara nyingi zaidi. Chagua kisanduku kuona wateja wake. Safu mlalo ni ukaribu wa ziara ya mwisho, safu wima ni marudio ya kuja.
RfmCaption = Wateja na mauzo kwa ukaribu wa ziara ya mwisho (safu mlalo) na marudio (safu wima)
RfmFrequencyScore = Marudio { $f }
RfmRecencyScore = Ukaribu { $r }
RfmCellScores = Ukaribu { $r }, marudio { $f }:
RfmCellCustomers = Ukaribu { $r }, marudio { $f }: { $count ->
    [one] mteja { $count }
   *[other] wateja { $count }
}
AndMore = na wengine { $n }
SegmentsHeading = Makundi ya wateja
SegChampions = Mabingwa
SegLoyal = Waaminifu
SegPotentialLoyalists = Wanaweza kuwa waaminifu
SegNew = Wapya
SegPromising = Wanaotia matumaini
SegNeedAttention = Wanahitaji kuangaliwa
SegAboutToSleep = Wanaanza kupoa
SegAtRisk = Hatarini
SegCantLoseThem = Hatuwezi kuwapoteza
SegHibernating = Wamenyamaza
AtRiskHeading = Wanaanza kupotea
AtRiskExplain = Wateja wa kudumu ambao hawajaja kwa muda mrefu kuliko kawaida yao, wenye thamani zaidi kwanza. Thamani hatarini ni kiasi ambacho wangetumia katika miezi { $months } ijayo wakirudi, ikizidishwa na uwezekano kwamba hawatarudi.
AtRiskNone = Hakuna mteja wa kudumu anayeanza kupotea kwa sasa.
ColCustomer = Mteja
ColCustomers = Wateja
ColWhy = Kwa nini
ColStillCustomer = Uwezekano kwamba bado ni mteja
ColValueAtRisk = Thamani hatarini
AtRiskWhy = Alikuja mara ya mwisho { $last }; kwa kawaida huja kila baada ya siku { $days }
ModelsHeading = Utabiri, na kiasi cha kuuamini
ModelsFitted = Imekokotolewa kutoka kwa wateja { $customers } ({ $repeat } walirudi angalau mara moja) tarehe { $date }.
ModelsTooFew = Utabiri unahitaji historia zaidi: angalau wateja { $customers }, ambao { $repeat } kati yao walirudi. Kwa sasa: wateja { $have_customers }, { $have_repeat } walirudi.
ModelsNotSettled = Hesabu za utabiri hazikupata jibu thabiti kwa manunuzi ya duka hili, kwa hiyo hatuonyeshi utabiri badala ya kuonyesha usioaminika.
VisitsModel = Kielelezo cha ziara (BG/NBD)
SpendModel = Kielelezo cha matumizi (Gamma-Gamma)
SpendModelMissing = Manunuzi ya kurudia bado ni machache mno kukadiria matumizi.
LogLikelihood = Log-likelihood
HoldoutHeading = Imelinganishwa na wiki { $weeks } zilizopita
HoldoutExplain = Utabiri ulikokotolewa upya bila wiki { $weeks } zilizopita, kisha ukaulizwa kila kundi lingekuja mara ngapi katika wiki hizo. Nguzo zinazokaribiana zinamaanisha utabiri unaaminika.
HoldoutPredicted = Ziara zilizotabiriwa kwa kila mteja
HoldoutActual = Ziara halisi kwa kila mteja
HoldoutTableCaption = Ziara zilizotabiriwa na halisi katika wiki za ukaguzi, kwa ziara za kabla
HoldoutVisitsBefore = Ziara za kurudia kabla
HoldoutOrMore = { $n } au zaidi
OutlookHeading = Matarajio
OutlookWorking = Inakokotoa utabiri…
OutlookSegment = Kundi la mteja
OutlookNoModel = Utabiri utaonekana duka likiwa na historia zaidi ya manunuzi.
OutlookStillCustomer = Uwezekano kwamba bado ni mteja
OutlookVisits = Ziara zinazotarajiwa, miezi { $months } ijayo
OutlookValue = Matumizi yanayotarajiwa, miezi { $months } ijayo
OutlookExplain = Kutoka kwa manunuzi ya duka hili lenyewe: { $name } amekuja mara ngapi, na ni muda gani umepita tangu hapo.
RestoreReadingFile = Inasoma faili…
SegmentNameMissing = Lipe kundi hili jina.
SegmentNameTaken = Kuna kundi lingine lenye jina hili. Chagua jina jingine.
SegmentGone = Kundi hili limefutwa kwenye kichupo kingine, kwa hiyo halikuhifadhiwa.
ConditionValueMissing = jaza thamani.
ConditionNotANumber = andika namba, kama 3 au 2.5.
ConditionNotAPercent = andika asilimia kati ya 0 na 100.
ConditionProblem = Sharti la { $n }: { $problem }
SubjectSpend = Kiasi alichotumia
SubjectVisits = Mara alizokuja
SubjectDaysSinceVisit = Siku tangu alipokuja mara ya mwisho
SubjectTag = Lebo
SubjectPoints = Salio la pointi
SubjectTier = Ngazi ya uaminifu
SubjectRfm = Kundi la RFM
SubjectChanceActive = Uwezekano kwamba bado ni mteja (%)
SubjectExpectedValue = Matumizi yanayotarajiwa, miezi 12 ijayo
SubjectName = Jina
SubjectEmail = Barua pepe
SubjectPhone = Simu
SubjectAddress = Anwani
SubjectBirthday = Siku ya kuzaliwa
SubjectDaysSinceAdded = Siku tangu alipoongezwa
TestNeverBought = hajawahi kununua
TestIsSet = imejazwa
TestIsEmpty = haijajazwa
TestIs = ni
TestIsNot = si
TestContains = ina
TestAtLeast = angalau
TestAtMost = si zaidi ya
TestYes = ni ndiyo
TestNo = ni hapana
WindowAllTime = tangu mwanzo
WindowDays = katika siku { $n } zilizopita
SegmentMatches = 
    { $n ->
        [one] Mteja { $n } analingana
       *[other] Wateja { $n } wanalingana
    }
SegmentReadingPoints = Inasoma pointi za uaminifu… { $n }
SegmentCounting = Inahesabu…
EditSegment = Hariri kundi
NewSegment = Kundi jipya
AllSegments = Makundi yote
SegmentName = Jina la kundi
GroupN = Kikundi { $n }
AddConditionToGroup = Ongeza sharti kwenye kikundi hiki
RemoveGroup = Ondoa kikundi hiki
AddCondition = Ongeza sharti
AddGroup = Ongeza kikundi
SaveSegment = Hifadhi kundi
MatchJoin = Wateja wanaolingana na
JoinAll = masharti haya yote
JoinAny = sharti lolote kati ya haya
ConditionWindowLabel = Sharti la { $n }: kipindi
ConditionValueLabel = Sharti la { $n }: thamani
ConditionSubjectLabel = Sharti la { $n }: kinachoangaliwa
ConditionTestLabel = Sharti la { $n }: jinsi ya kulinganisha
RemoveConditionN = Ondoa sharti la { $n }
EditSegmentNamed = Hariri { $name }
DeleteSegmentNamed = Futa { $name }
ConfirmDeleteSegment = Ungependa kufuta kundi “{ $name }”? Wateja wake watabaki kwenye kitabu; kichujio kilichohifadhiwa pekee ndicho kitafutwa.
ShowInList = Onyesha kwenye orodha ya wateja
SavedSegments = Makundi ya wateja
SegmentsIntro = Kundi huchagua wateja kwa masharti, kama “ametumia 5,000 katika siku 90 zilizopita na hajaja kwa siku 30”. Linajisasisha mauzo yanapoingia, na hufunguka kwenye orodha ya wateja ili uwape lebo au uwachague.
NoSegmentsYet = Bado hakuna makundi. Tengeneza moja ili kupata wateja wanaostahili kupigiwa simu.
FilterBySegment = Kundi
AllCustomers = Wateja wote
SelectAllShown = Chagua wote walioonyeshwa
SegmentEmptyNow = Kwa sasa hakuna mteja katika kundi hili.
ClustersHeading = Aina za wateja wako
ClustersExplain = Wateja walionunua katika miezi { $months } iliyopita, wamegawanywa katika aina kulingana na walipokuja mara ya mwisho, mara wanazokuja na kiasi wanachotumia. Aina { $k } ndizo zinazowatenganisha vizuri zaidi (silhouette { $score }: 1 ni wametengana kabisa, 0 ni wanaingiliana).
ClustersTooFew = Aina zitaonekana hapa wateja { $n } wakishanunua katika kipindi hiki.
ClusterDescription = { $frequency }, { $spend }, { $recency }
TraitFrequent = huja mara nyingi
TraitFrequencyMiddle = huja mara moja moja
TraitOccasional = huja mara chache
TraitHighSpend = hutumia pesa nyingi
TraitSpendMiddle = hutumia kiasi cha wastani
TraitLowSpend = hutumia kidogo
TraitRecent = walikuja karibuni
TraitRecencyMiddle = walikuja muda fulani uliopita
TraitLapsed = hawajaja kwa muda mrefu
ClustersCaption = Aina za wateja, pamoja na mara wanazokuja, matumizi yao na siku tangu walipokuja mara ya mwisho
ColGroup = Aina
ColMeanVisits = Ziara kwa kila mteja
ColMeanSpend = Matumizi kwa kila mmoja
ColMeanDaysSince = Siku tangu alipokuja mara ya mwisho
ExportShown = Hamisha walioonyeshwa (CSV)
ExportingCustomers = Inahamisha… { $n }
SubjectScore = Alama ya mteja
CustomerScore = Alama ya mteja
CustomerScoreIntro = Wape wateja alama kwa mambo muhimu kwa duka lako, kama +30 kwa kutumia 5,000 katika siku 90 au −20 kwa kutokuja kwa siku 60. Alama ya mteja ni jumla ya masharti anayolingana nayo, na makundi yanaweza kuchagua wateja kwa alama hiyo.
AddScoreRule = Ongeza sharti
SaveScoreRules = Hifadhi masharti ya alama
ScoreRulesSaved = Masharti ya alama yamehifadhiwa.
ScorePoints = Alama
ConditionPointsLabel = Sharti la { $n }: alama
ScoreSummary = Alama sasa: kutoka { $low } hadi { $high }; nusu ya wateja wana alama { $median } au zaidi.
ScorePointsProblem = alama: andika namba kamili kati ya -{ $max } na { $max }, isiyo 0.
ScoreRuleBad = Sharti la { $n } halitoi alama, linatoa nyingi mno, au linaangalia alama yenyewe.
RfmSetupSummary = Badilisha kipindi na kundi la kila kisanduku
RfmPeriod = Manunuzi yanayohesabiwa
RfmPeriodMonths = Katika miezi { $months } iliyopita
RfmTableCaption = Kundi la kila kisanduku: safu mlalo ni ukaribu, safu wima ni marudio
RfmSquareSegment = Kundi la ukaribu { $r }, marudio { $f }
RfmUsualTable = Tumia jedwali la kawaida
RfmSetupSave = Hifadhi na ukokotoe upya
RfmSetupSaved = Imehifadhiwa. Takwimu zilizo hapa chini zinakokotolewa upya.
SegmentTooDeep = Kikundi hakiwezi kuwa na kikundi kingine ndani yake: hamisha masharti yake kwenye kikundi chenyewe.
SegmentPartLeftOut = Sehemu ya kundi hili la wateja (kikundi ndani ya kikundi) haiwezi kuonyeshwa hapa na hailingani na mteja yeyote. Ukihifadhi, itaachwa nje.
BundleTitle = Taarifa binafsi zilizohifadhiwa kuhusu { $name }
BundleIntro = Imetengenezwa tarehe { $date } kutoka daftari la wateja la duka hili (Karibu), kwa ombi la mhusika. Ina kila kitu ambacho daftari linahifadhi kumhusu.
BundleMachineReadable = Taarifa hizi hizi katika muundo unaosomeka na kompyuta ziko kwenye data.json, zikielezwa na schema.json.
BundleProfile = Wasifu
BundleName = Jina
BundleAdded = Aliongezwa kwenye daftari
BundleTimeline = Maelezo na mawasiliano
BundlePurchases = Manunuzi
BundleVoided = imefutwa
BundleLoyalty = Pointi za uaminifu (salio { $points })
BundleSegments = Makundi ya wateja aliyomo
BundleScores = Takwimu zilizokokotolewa kumhusu
BundleRequests = Maombi kuhusu taarifa
BundleNone = Hakuna.
RequestAccess = Kuona (nakala ya taarifa zake)
RequestRectification = Marekebisho
RequestErasure = Kufutwa kabisa
RequestRestriction = Kizuizi (hifadhi, lakini usitumie)
RequestPortability = Kuhamisha (nakala ya kupeleka kwingine)
RequestObjection = Pingamizi (hakuna matangazo)
RequestOpen = Inashughulikiwa
RequestDone = Imekamilika
RequestRefused = Imekataliwa
ScoreRfm = Alama za RFM (upya, marudio, matumizi)
ScoreRfmMeaning = Kila moja kutoka 1 hadi 5, ikilinganishwa na wateja wengine wa duka hili katika miezi { $months } iliyopita: alinunua lini mara ya mwisho, mara ngapi na kwa kiasi gani.
ScoreSegmentMeaning = Kundi ambalo alama za RFM zinamweka.
ScoreAliveMeaning = Makadirio ya modeli, kutokana na mara ngapi alikuja na muda tangu alipokuja mara ya mwisho, kwamba bado ananunua hapa.
ScoreVisitsMeaning = Idadi ya ziara ambazo modeli inatarajia katika muda huo.
ScoreValueMeaning = Kiasi ambacho modeli inatarajia atatumia katika muda huo, kwa thamani ya leo.
ScoreRulesMeaning = Jumla ya pointi kutoka kanuni za alama za duka ambazo anazitimiza.
RequestReceivedInFuture = Tarehe ya kupokelewa: haiwezi kuwa baada ya leo.
RequestExtensionTooLong = Ombi linaweza kuongezewa muda wa miezi miwili tu kwa jumla.
RequestReasonMissing = Sababu: eleza kwa nini muda zaidi unahitajika; sheria inataka iandikwe.
RequestAlreadyClosed = Ombi hili limeshafungwa.
RequestGone = Ombi hili halipo tena kwenye rejista (lilibadilishwa kwenye kichupo kingine).
PrivacyHeading = Ulinzi wa taarifa
DownloadBundle = Pakua taarifa zake (zip)
PreparingBundle = Inakusanya taarifa zake…
ErasePerson = Futa mtu huyu kabisa…
TheirRequests = Maombi yake kuhusu taarifa
NoRequests = Hakuna maombi yaliyorekodiwa.
RequestType = Ombi
RequestReceived = Lilipokelewa tarehe
RecordRequest = Rekodi ombi
RequestRecorded = Ombi limerekodiwa.
RequestDateUnreadable = Tarehe ya kupokelewa: andika tarehe kama { $example }.
RegisterHeading = Maombi kuhusu taarifa
RegisterIntro = Kile ambacho wateja wameomba kuhusu taarifa zao binafsi. Kila ombi lazima lijibiwe ndani ya mwezi mmoja tangu lipokelewe; kwa sababu maalum, muda unaweza kuongezwa kwa miezi miwili zaidi.
RequestOverdue = Muda umepita: ilitakiwa { $when }
RequestDueIn = Jibu linatakiwa { $when }
RequestReceivedOn = Lilipokelewa { $date }
ErasedPerson = Mtu aliyefutwa (msimbo { $code })
AnswerRequest = Jibu ombi hili
ExtraMonths = Miezi ya ziada
ExtendReason = Kwa nini muda zaidi unahitajika
ExtendRequest = Ongeza muda
WhatWasDone = Kilichofanyika
MarkRequestDone = Weka kuwa limejibiwa
RefuseRequest = Kataa
RequestsPressing = Maombi kuhusu taarifa yaliyochelewa au yanayotakiwa ndani ya wiki: { $n }
EraseHeading = Futa { $name } kabisa
EraseExplain = Hii inamwondoa { $name } kwenye kifaa hiki kabisa: maelezo yake, kumbukumbu, ufuatiliaji na pointi. Manunuzi yake yanabaki kwenye mapato yako kama mauzo yasiyo na jina (kiasi, tarehe na aina tu), kwa sababu maduka huhifadhi kumbukumbu za mauzo kwa ajili ya kodi. Hakuna kutendua.
MentionsHeading = Rekodi za wateja wengine zinazomtaja
LookingForMentions = Inapitia maelezo ya wateja wengine…
NoMentions = Hakuna rekodi ya mteja mwingine inayomtaja.
MentionsExplain = Weka alama kwa kila moja ambalo kutajwa kwake kunapaswa kuondolewa. Yasiyowekewa alama yatabaki yalivyo, na ukaguzi utakaofuata utayaorodhesha.
MentionRemove = Ondoa kutajwa kwake kwenye rekodi ya { $owner }
EraseNow = Futa kabisa
ConfirmErase = Ungependa kumfuta { $name } kabisa? Hili haliwezi kutenduliwa.
ErasingMentions = Inaondoa kutajwa ulikowekea alama…
ErasingPerson = Inaondoa rekodi zake…
ErasingScanning = Inakagua kila rekodi iliyohifadhiwa… { $n } hadi sasa
ErasedHeading = Amefutwa
ErasureVerified = Ukaguzi umefaulu: rekodi zote { $n } zilizohifadhiwa zimesomwa, na hakuna hata moja yenye jina, barua pepe, simu au kitambulisho chake.
ErasureNotVerified = Amefutwa, lakini ukaguzi umepata alama zilizobaki: { $n }. Ombi la kufutwa litabaki wazi hadi ziondolewe.
ErasureSharedName = Mteja mwingine ana jina hilo hilo, kwa hiyo ukaguzi ulitafuta kitambulisho, barua pepe na simu yake badala ya jina.
ToRegister = Fungua maombi kuhusu taarifa
TraceIn = { $what } kwenye { $where }
TraceId = Kitambulisho chake
TraceName = Jina lake
TraceEmail = Barua pepe yake
TracePhone = Simu yake
PlaceCustomers = maelezo ya wateja
PlaceNotes = maelezo na ufuatiliaji
PlacePurchases = manunuzi
PlacePoints = pointi za uaminifu
PlaceSetAside = rekodi zilizoharibika zilizowekwa kando
PlaceSettings = usanidi
PlaceMemory = kumbukumbu ya kichupo hiki
ErasureRequestClosed = Ombi lake la kufutwa limewekwa kuwa limejibiwa.
RequestExtensionTooLate = Muda zaidi unaweza kuchukuliwa tu ndani ya mwezi wa kwanza tangu ombi lipokelewe, na mhusika lazima aambiwe wakati huo.
ErasureUnreadable = Rekodi zilizohifadhiwa ambazo hazikuweza kufunguliwa ili kukaguliwa: { $n }.
RequestPersonGone = Mteja ambaye hayupo tena kwenye daftari
ConsentHeading = Ridhaa na msingi wa kisheria
PurposeEmailMarketing = Matangazo kwa barua pepe
PurposeSmsMarketing = Matangazo kwa SMS
PurposeLoyalty = Mpango wa uaminifu
PurposeAnalytics = Uchambuzi
PurposeRemoved = Madhumuni ambayo hayapo tena kwenye orodha
BasisConsent = Ridhaa
BasisContract = Mkataba
BasisLegitimateInterest = Maslahi halali
BasisLegalObligation = Wajibu wa kisheria
ConsentPurpose = Madhumuni
ConsentNow = Kwa sasa
ConsentGivenOn = { $basis }, tangu { $date }
ConsentWithdrawnOn = Iliondolewa { $date }
ConsentNothing = Hakuna kilichorekodiwa
ConsentWithdraw = Ondoa
ConsentWithdrawFor = Ondoa: { $purpose }
ConsentBasis = Msingi wa kisheria
ConsentSource = Ilivyotolewa
ConsentSourceExample = mf. fomu ya karatasi kwenye kaunta
ConsentWording = Toleo la maneno (si lazima)
ConsentGiven = Imetolewa
ConsentWithdrawnWord = Imeondolewa
RecordConsent = Rekodi ridhaa
ConsentRecorded = Ridhaa imerekodiwa.
ConsentWithdrawnDone = Kuondolewa kwa ridhaa kumerekodiwa.
ConsentHistory = Historia ({ $n })
ConsentSourceNeeded = Eleza ridhaa ilivyotolewa (kwa mfano, fomu ya karatasi kwenye kaunta): duka lazima liweze kuionyesha.
ConsentUnknownPurpose = Madhumuni hayo hayapo tena kwenye orodha.
PurposeNameProblem = Madhumuni yanahitaji jina la herufi zisizozidi 80.
RestrictionHeading = Kizuizi na pingamizi
RestrictedNow = Matumizi ya taarifa zake yamezuiliwa: taarifa zake zinahifadhiwa, lakini haziingii kwenye makundi, uchambuzi wala orodha.
NotRestricted = Matumizi ya taarifa zake hayajazuiliwa.
ObjectsNow = Amepinga matangazo ya moja kwa moja: hayupo kwenye orodha yoyote ya matangazo.
NoObjection = Hakuna pingamizi lililorekodiwa dhidi ya matangazo.
Restrict = Zuia matumizi ya taarifa zake
LiftRestriction = Ondoa kizuizi
RecordObjection = Rekodi pingamizi dhidi ya matangazo
WithdrawObjection = Ondoa pingamizi
FlagNote = Kwa nini (si lazima)
FlagRestrictionOn = Matumizi ya taarifa yamezuiliwa
FlagRestrictionOff = Kizuizi kimeondolewa
FlagObjectionOn = Amepinga matangazo
FlagObjectionOff = Pingamizi limeondolewa
OwnPurposesHeading = Madhumuni unayoombea ridhaa
OwnPurposesHint = Barua pepe, SMS, uaminifu na uchambuzi vipo daima; ongeza yako, kama kadi za siku ya kuzaliwa.
PurposeName = Madhumuni mapya
AddPurpose = Ongeza madhumuni
PurposeAdded = Madhumuni yameongezwa.
SegmentUsedFor = Linatumika kwa
SegmentUsedForNothing = Hakuna madhumuni maalum
SegmentPurposeNote = Kundi likiwa na madhumuni, wanaoorodheshwa ni wale tu wenye msingi wa kisheria kwa madhumuni hayo, na kwa matangazo hayumo kamwe aliyepinga. Waliozuiliwa hawamo kwenye kundi lolote.
SubjectConsent = Msingi wa kisheria kwa { $purpose }
BackupReminderNever = Daftari hili halijawahi kuwekewa nakala ya akiba kwenye kifaa hiki. Nakala ya akiba huwalinda wateja wako kifaa kikipotea au kuharibika.
BackupReminderOld = Nakala ya akiba ya mwisho kwenye kifaa hiki ilitengenezwa siku { $n } zilizopita.
BackupNowLink = Weka nakala ya akiba sasa
BackupLastOn = Nakala ya akiba ya mwisho kwenye kifaa hiki: { $date }
BackupNeverOnDevice = Bado hakuna nakala ya akiba iliyotengenezwa kwenye kifaa hiki.
RetentionHeading = Taarifa zinahifadhiwa kwa muda gani
RetentionIntro = Kanuni zinazoondoa kile ambacho duka halikihitaji tena. Kila moja inaonyesha itakachoondoa kabla hujaitumia. Waliozuiliwa na wenye ombi la taarifa lililo wazi hawaondolewi kamwe.
RetentionRemoveInactive = Ondoa wateja wasio na shughuli kwa miezi { $n } (manunuzi yao yanabaki kwenye mapato, bila jina)
RetentionDeleteOld = Futa maingizo ya historia yenye zaidi ya miaka { $n } (ufuatiliaji ambao haujakamilika unabaki)
RetentionKindInactive = Ondoa wateja wasio na shughuli
RetentionKindOldEntries = Futa maingizo ya zamani ya historia
RetentionKind = Kanuni
RetentionMonths = Miezi bila shughuli
RetentionYears = Zaidi ya (miaka)
RetentionAutomatic = Itumike yenyewe mara moja kwa siku
RetentionAutomaticNote = Inatumika yenyewe mara moja kwa siku
AddRetentionRule = Ongeza kanuni
RetentionNoRules = Bado hakuna kanuni za kuhifadhi taarifa.
RetentionPreview = Hakiki
RetentionPreviewFor = Hakiki: { $rule }
RetentionApply = Tumia sasa
RetentionApplyFor = Tumia sasa: { $rule }
RetentionRemoveRule = Ondoa kanuni
RetentionRemoveRuleFor = Ondoa kanuni: { $rule }
RetentionAffects = Hii inaathiri wateja au maingizo { $n }.
RetentionConfirm = Tumia “{ $rule }” sasa? Kinachoondolewa hakiwezi kurudishwa.
RetentionWorking = Kanuni inatumika… { $percent }
RetentionChecking = Inakagua itakachoondoa…
RetentionApplied = Kanuni imetumika: { $n } vimeondolewa.
RetentionLogHeading = Kilichoondolewa, na lini
RetentionLogEntry = { $date }: { $rule }: { $n } vimeondolewa
RetentionByItself = (yenyewe)
RetentionOutOfRange = Wateja wasio na shughuli: miezi 6 hadi 240. Maingizo ya zamani: miaka 1 hadi 50.
RecordsHeading = Kumbukumbu za uchakataji wa taarifa
RecordsIntro = Kile ambacho sheria (GDPR Kif. 30) inataka biashara iweke kwenye kumbukumbu, kimejazwa kutoka daftari hili. Ongeza wewe ni nani na yeyote anayepokea taarifa, kisha ipakue uiweke au uichapishe.
RecordsMade = Imetengenezwa { $date } na Karibu.
RecordsNotGiven = (bado haijajazwa)
RecordsController = Nani anawajibika (mdhibiti)
RecordsControllerLabel = Biashara yako: jina, anwani na mawasiliano
RecordsRecipientsLabel = Yeyote anayepokea taarifa (kwa mfano mhasibu wako), na maelezo mengine
RecordsPurposes = Madhumuni na msingi wa kisheria
RecordsPurposeService = Kuhudumia wateja: daftari la wateja, maelezo na manunuzi (mkataba, maslahi halali)
RecordsPurposeTax = Kumbukumbu za mauzo zinazohifadhiwa kwa ajili ya kodi (wajibu wa kisheria)
RecordsPurposeLine = { $purpose }: { $basis }; wenye msingi sasa: { $n }
RecordsSubjects = Taarifa za nani
RecordsSubjectsLine = Wateja: { $n }
RecordsCategories = Taarifa zipi
RecordsDataCategories = Jina, simu, barua pepe, anwani, siku ya kuzaliwa, lugha, maelezo kuhusu mtu, manunuzi, pointi za uaminifu, historia ya ridhaa na maombi
RecordsOwnFields = Sehemu zako mwenyewe: { $fields }
RecordsRecipients = Inapohifadhiwa na anayeipokea
RecordsStorage = Kwenye kifaa hiki tu, katika hifadhi ya kivinjari; hakuna kinachotumwa popote usipokitoa mwenyewe.
RecordsTransfers = Uhamisho kwenda nchi nyingine
RecordsNoTransfers = Hakuna.
RecordsRetention = Inahifadhiwa kwa muda gani
RecordsNoRetention = Hakuna kanuni za kuhifadhi: taarifa zinabaki hadi ziondolewe.
RecordsSecurity = Inavyolindwa
RecordsLockOn = Kufuli ya programu imewashwa: kila kilichohifadhiwa kimesimbwa (AES-256-GCM) kwa nenosiri (Argon2id).
RecordsLockOff = Kufuli ya programu imezimwa: yeyote anayetumia kivinjari cha kifaa hiki anaweza kusoma daftari.
RecordsSecurityDevice = Programu haipakii chochote kutoka tovuti nyingine wala haitumi taarifa; nakala za akiba zinaweza kulindwa kwa nenosiri.
RecordsDownload = Pakua ili uiweke au uichapishe
RecordsSaved = Kumbukumbu zimehifadhiwa.
ImportHeading = Leta wateja kutoka faili
ImportLink = Leta kutoka faili
ImportIntro = Leta wateja kutoka jedwali (spreadsheet), mashine ya mauzo au programu nyingine kupitia faili la CSV, au kutoka anwani za simu kupitia faili la vCard. Hakuna kinachohifadhiwa hadi uthibitishe.
ImportFile = Faili la kuleta (CSV au vCard)
ImportReading = Inasoma faili…
ImportFileSummary = { $file }: { $rows ->
    [one] safu moja
   *[other] safu { $rows }
}
ImportEncoding = Herufi
ImportSeparator = Visanduku vimetenganishwa na
SeparatorComma = Koma (,)
SeparatorSemicolon = Nukta-koma (;)
SeparatorTab = Tab
ImportDamaged = Baadhi ya herufi hazikuweza kusomwa kama { $encoding }. Majina yakionekana vibaya hapa chini, chagua mpangilio mwingine kwenye “Herufi”.
ImportEmpty = Faili hili ni tupu.
ImportHeadersOnly = Faili lina safu ya vichwa lakini halina wateja chini yake.
ImportUnclosedQuote = Mstari { $line }: kisanduku kilichoanza na alama ya nukuu hakijafungwa, hivyo sehemu iliyobaki ya faili ingesomwa kama kisanduku kimoja. Angalia alama za nukuu kwenye mstari huo.
ImportTooManyRows = Faili lina safu zaidi ya { $max }. Ligawe katika mafaili madogo.
ImportColumnsHeading = Safu wima
ImportColumnsIntro = Onyesha kila safu wima inakwenda wapi. Machaguo yamekisiwa kutoka kwenye vichwa; yalinganishe na mifano.
ImportColumn = Safu wima
ImportExample = Mfano
ImportGoesTo = Inakwenda
TargetSkip = Usiilete
TargetKaribuId = Kitambulisho cha Karibu (humpata mteja)
TargetFullName = Jina kamili (hugawanywa kuwa jina la kwanza na la ukoo)
TargetDisplayName = Jina analoitwa
TargetLanguage = Lugha anayopendelea
TargetAbout = Maelezo
TargetNewField = Sehemu mpya “{ $name }”
ImportDates = Tarehe zimeandikwa
DatesDayMonthYear = siku/mwezi/mwaka (25/12/1990)
DatesMonthDayYear = mwezi/siku/mwaka (12/25/1990)
DatesYearMonthDay = mwaka-mwezi-siku (1990-12-25)
ImportCountry = Nchi ya namba za simu zisizo na +
ImportNoCountry = Hakuna (namba lazima zianze na +)
ImportCheck = Kagua safu
ImportChecking = Inalinganisha safu na daftari…
ImportNoNameColumn = Chagua safu wima yenye majina.
ImportTwice = Safu wima mbili zinakwenda “{ $field }”. Baki na moja, nyingine usiilete.
ImportPreviewHeading = Kabla ya kuleta
ImportReady = { $n ->
    [one] Safu moja iko tayari kuletwa.
   *[other] Safu { $n } ziko tayari kuletwa.
}
ImportNewFields = Sehemu mpya kwa safu wima ambazo Karibu haina mahali pake: { $names }.
ImportAlready = { $n ->
    [one] Safu moja ililetwa kabla uletaji haujakatizwa; inaachwa ilivyo.
   *[other] Safu { $n } zililetwa kabla uletaji haujakatizwa; zinaachwa zilivyo.
}
ImportProblemsHeading = { $n ->
    [one] Safu moja ina tatizo
   *[other] Safu { $n } zina matatizo
}
ImportProblemsIntro = Safu hizi haziletwi. Leta nyingine sasa, au rekebisha faili kisha ulichague tena: safu zilizokwisha ingia zinatambuliwa.
ImportRowProblem = Mstari { $line }, { $column }: { $problem }
ImportCellTooLong = ndefu kuliko herufi { $max }.
ImportMoreProblems = …na mengine { $n }.
ImportDuplicatesHeading = { $n ->
    [one] Safu moja inafanana na mtu aliye tayari kwenye daftari
   *[other] Safu { $n } zinafanana na watu walio tayari kwenye daftari
}
ImportDuplicate = Mstari { $line }: { $name } anafanana na { $existing } ({ $reason })
ImportChoiceLabel = Nini kifanyike kwa mstari { $line }
ChoiceUpdate = Sasisha mteja
ChoiceSkip = Ruka safu
ChoiceCreate = Ongeza kama mteja mpya
ImportChoiceAll = Kwa kila mfanano
ImportApplyAll = Tumia kwa zote
ReasonSameId = kitambulisho kile kile cha Karibu
ReasonSameEmail = barua pepe ile ile
ReasonSamePhone = simu ile ile
ReasonCloseName = jina linalofanana, siku ya kuzaliwa au anwani ile ile
ImportSample = Safu za kwanza, kama zitakavyohifadhiwa
ImportRun = Leta
ImportStartAgain = Chagua faili jingine
ImportCreating = Inaongeza wateja…
ImportUpdating = Inasasisha wateja…
ImportRollingBack = Inaondoa wateja walioongezwa na uletaji…
ImportRate = { $done } kati ya { $total } · { $rate } kwa sekunde · { $left }
ImportSecondsLeft = { $n ->
    [one] imebaki kama sekunde moja
   *[other] zimebaki kama sekunde { $n }
}
ImportMinutesLeft = { $n ->
    [one] imebaki kama dakika moja
   *[other] zimebaki kama dakika { $n }
}
ImportDone = Uletaji umekamilika: { $created } wameongezwa, { $updated } wamesasishwa, { $skipped } wamerukwa.
ImportSeeCustomers = Tazama wateja
ImportInterrupted = Uletaji wa “{ $file }” ulisimama kabla ya kukamilika (safu { $done } kati ya { $rows } zimeingia). Chagua faili lile lile kuendelea, au urudishe nyuma.
ImportResuming = Uletaji wa faili hili ulikatizwa. Ukileta sasa, safu ambazo hazijaingia zitaongezwa.
ImportRollBack = Rudisha nyuma
ImportRollBackConfirm = Ondoa kila mteja aliyeongezwa na uletaji wa “{ $file }”? Wateja waliosasishwa nao wanabaki na masasisho.
ImportRolledBack = { $n ->
    [one] Uletaji umerudishwa nyuma: mteja mmoja ameondolewa.
   *[other] Uletaji umerudishwa nyuma: wateja { $n } wameondolewa.
}
ImportNothingToDo = Hakuna safu iliyobaki kuletwa.
ImportName = Jina
DuplicatesLink = Nakala rudufu
DuplicatesHeading = Rekodi zinazoweza kuwa rudufu
DuplicatesIntro = Rekodi zinazoweza kuwa za mtu mmoja: barua pepe au simu ileile, au jina linalotofautiana kwa herufi moja au mbili lenye siku ya kuzaliwa au anwani ileile. Kuunganisha huhifadhi kila kitu kutoka kila rekodi.
DuplicatesReading = Inasoma wateja… { $n }
DuplicatesNone = Hakuna rekodi zinazoweza kuwa rudufu: kila mteja ana rekodi moja.
DuplicatesFound = { $n ->
    [one] Kundi moja limepatikana
   *[other] Makundi { $n } yamepatikana
}
DuplicatesLookAgain = Tafuta tena
ConfidenceHigh = Kuna uwezekano mkubwa ni mtu mmoja
ConfidenceLikely = Huenda ni mtu mmoja
MergeReview = Kagua na uunganishe
MergeReviewNamed = Kagua na uunganishe { $names }
MergeHeading = Unganisha kuwa mteja mmoja
MergeRecords = Rekodi za kuunganisha
MergeRecordAdded = { $name }, aliongezwa { $date }
MergeChoose = Pale zinapotofautiana, chagua kitakachobaki
MergeAgree = Rekodi zinalingana katika kila sehemu.
MergeKeptTogether = Simu, barua pepe, lebo, maelezo, manunuzi, pointi na historia ya ridhaa kutoka kila rekodi vinahifadhiwa.
MergeButton = Unganisha
MergeNeedsTwo = Chagua rekodi mbili au zaidi za kuunganisha.
MergedToast = Rekodi { $n } zimeunganishwa kuwa { $name }
MergeWorking = Inaunganisha…
MergeFieldName = Jina
ExportShownVcard = Hamisha walioonyeshwa (vCard)
BulkActions = Kwa wateja waliochaguliwa
RemoveTag = Ondoa lebo
BulkFieldLabel = Weka sehemu
BulkValueLabel = kuwa (ukiacha tupu, itafutwa)
BulkSet = Weka kwa waliochaguliwa
BulkSetDone = { $n ->
    [one] Mteja mmoja amebadilishwa
   *[other] Wateja { $n } wamebadilishwa
}
HealthLink = Hali ya data
HealthHeading = Hali ya data
HealthIntro = Cha kurekebisha katika daftari la wateja. Fungua mstari kuona wateja husika.
HealthClean = Hakuna cha kurekebisha: kila mtu anafikika na kila sehemu inaonekana sawa.
HealthUnreachable = { $n ->
    [one] Mteja mmoja hana simu wala barua pepe
   *[other] Wateja { $n } hawana simu wala barua pepe
}
HealthBadEmails = { $n ->
    [one] Mteja mmoja ana barua pepe isiyoweza kuwa sahihi
   *[other] Wateja { $n } wana barua pepe isiyoweza kuwa sahihi
}
HealthBadPhones = { $n ->
    [one] Mteja mmoja ana namba ya simu isiyo na msimbo wa nchi
   *[other] Wateja { $n } wana namba ya simu isiyo na msimbo wa nchi
}
HealthStale = { $n ->
    [one] Mteja mmoja hajabadilishwa wala kununua chochote kwa miaka { $years }
   *[other] Wateja { $n } hawajabadilishwa wala kununua chochote kwa miaka { $years }
}
HealthRarelyFilled = { $field }: imejazwa kwa wateja { $have } tu kati ya { $total }
HealthMore = …na wengine { $n }
ExportMore = Hamisha…
ExportPurchases = Manunuzi yao (CSV)
ExportLedger = Daftari la pointi zao (CSV)
ExportTimeline = Maelezo, simu na ziara zao (CSV)
NavReports = Ripoti
ReportsHeading = Ripoti za kuwapa wengine
ReportsIntro = Takwimu unazoweza kumpa mtu aliye nje ya duka (ofisi kuu, mhasibu, chama cha wafanyabiashara) bila kumfichua mteja yeyote. Makundi madogo yanafichwa, na kila namba inaongezwa au kupunguzwa kidogo kwa nasibu, kwa hiyo hakuna anayeweza kujua kutokana nazo mtu fulani alikuja mara ngapi au alitumia kiasi gani.
ReportMetric = Nini kihesabiwe
MetricCustomers = Wateja walionunua
MetricVisits = Manunuzi
MetricRevenue = Mapato
MetricAverageSpend = Matumizi kwa kila mteja
ReportBreakdown = Makundi kulingana na
BreakdownMonth = Mwezi
BreakdownTag = Lebo
BreakdownAgeBand = Kundi la umri
BreakdownRegion = Mji au eneo
BreakdownSegment = Kundi la wateja
BreakdownTier = Ngazi ya uaminifu
ReportSegmentHint = Makundi yanayotumia RFM, utabiri au alama inayotokana navyo hayajumuishwi: mteja mmoja angeweza kuwaingiza au kuwatoa wengine.
ReportYear = Mwaka
ReportFirstMonth = Kuanzia mwezi
ReportLastMonth = Hadi mwezi
ReportEpsilon = Faragha inayotumika kwa ripoti hii (ε)
ReportEpsilonHint = Ikiwa ndogo zaidi, namba hubadilishwa zaidi na ulinzi unakuwa mkubwa zaidi.
ReportSmallestGroup = Ficha makundi yenye wateja wachache kuliko
ReportMaxVisits = Idadi ya juu ya manunuzi ya kuhesabu kwa kila mteja katika kundi
ReportMaxSpend = Kiasi cha juu cha matumizi ya kuhesabu kwa kila mteja katika kundi
ReportConfidence = Uhakika wa makadirio
ReportConfidenceChoice = Uhakika wa { $percent }
ReportMake = Tengeneza ripoti
ReportMaking = Inatengeneza ripoti…
ReportBudgetLeft = Bajeti ya faragha ya { $year }: imebaki { $left } kati ya { $budget }
ReportYearlyBudget = Bajeti ya faragha kwa mwaka (ε)
ReportSaveBudget = Hifadhi bajeti
ReportBudgetSaved = Bajeti ya faragha imehifadhiwa.
ReportRefused = Haijatengenezwa: ripoti hii ingetumia { $asked }, na imebaki { $left } tu kwa { $year }. Tumia kidogo zaidi kwa ripoti hii, chagua mwaka mwingine, au ongeza bajeti kama uko tayari kukubali hatari zaidi.
ReportMade = Ripoti { $n } imetengenezwa. Imehifadhiwa hapa chini; kuipakua tena hakugharimu chochote.
ReportNoiseExplain = Kila namba imeongezwa au kupunguzwa kidogo kwa nasibu: inaweza kutofautiana na ile halisi kwa takriban ± { $plusminus }. Namba halisi iko kati ya namba zilizoonyeshwa, kwa uhakika wa { $confidence }.
ReportsMade = Ripoti zilizotengenezwa
ReportsNone = Bado hakuna ripoti iliyotengenezwa.
ReportTitle = Ripoti { $n }: { $metric } kulingana na { $breakdown }
ReportPeriod = { $from } hadi { $to }
ReportDownloadCsv = Pakua ripoti { $n } (CSV)
ReportOpenPrintable = Ukurasa wa kuchapisha wa ripoti { $n }
ReportColGroup = Kundi
ReportColValue = Namba
ReportColRange = Huenda ni kati ya
ReportColOffBy = Tofauti ya takriban
ReportColSpent = Faragha iliyotumika
ReportColPeriod = Miezi
ReportColMade = Ilitengenezwa
ReportHidden = Imefichwa: wateja chini ya { $k }
ReportUnnamedHidden = { $n ->
    [one] Kundi moja dogo limefichwa na halitajwi.
   *[other] Makundi madogo { $n } yamefichwa na hayatajwi.
}
ReportTotal = Jumla
ReportRange = { $low } hadi { $high }
AgeBandUnder = Chini ya miaka { $age }
AgeBandRange = Miaka { $from } hadi { $to }
AgeBandOver = Miaka { $age } na zaidi
ReportNotGiven = Haikutolewa
ReportFootnote = Imetengenezwa { $date } na Karibu. Faragha iliyotumika: ε { $epsilon }. Makundi yenye wateja chini ya { $k } yamefichwa. Kila mteja anahesabiwa si zaidi ya { $cap } katika kundi. Jumla pekee ndizo zinaonyeshwa: hakuna majina, mawasiliano wala namba za utambulisho za wateja.
ReportKTooSmall = Kila kundi lazima liwe na angalau wateja 5.
ReportNeedsEpsilon = Faragha inayotumika lazima iwe zaidi ya 0.
ReportMonthsOrder = Mwezi wa kwanza usiwe baada ya mwezi wa mwisho.
ReportNeedsCap = Kiwango cha juu kwa kila mteja lazima kiwe zaidi ya 0.
ReportConfidenceUnknown = Chagua kiwango cha uhakika wa makadirio.
ReportNoRandomness = Kifaa hiki hakikutoa namba za nasibu zilizo salama, kwa hiyo ripoti haikutengenezwa na hakuna kilichotumika.
ReportFileNotWritten = Faili halikuweza kuandikwa. Hakuna kilichotumika; jaribu tena.
ReportCapHint = Aliyetumia zaidi ya hiki anahesabiwa kwa kiasi hiki tu. Kikomo kidogo hupunguza mabadiliko ya nasibu.
AnalystHeading = Taarifa za wateja kwa mchambuzi
AnalystIntro = Safu moja kwa kila mteja, kwa ajili ya mtu anayechunguza taarifa za wateja wako kwa niaba yako: msimbo badala ya mtu (msimbo mpya katika kila faili, bila njia ya kumjua ni nani wala kulinganisha faili mbili), bila jina, simu, barua pepe wala anwani, na umri na mji kwa makundi tu. Kila mchanganyiko wa kundi la umri na mji una angalau idadi ya wateja unayochagua, la sivyo faili halitengenezwi.
AnalystK = Kila kundi liwe na angalau idadi hii ya wateja
AnalystCheck = Kagua makundi
AnalystChecking = { $n ->
    [one] Inakagua mteja mmoja…
   *[other] Inakagua wateja { $n }…
}
AnalystSmallest = { $n ->
    [one] Kundi dogo kabisa: mteja mmoja. { $how }
   *[other] Kundi dogo kabisa: wateja { $n }. { $how }
}
AnalystLevelBands = Umri kwa makundi ya miaka kumi; miji yenye wateja wachache imewekwa kama maeneo mengine.
AnalystLevelWide = Umri kwa makundi matatu mapana; miji yenye wateja wachache imewekwa kama maeneo mengine.
AnalystLevelNoArea = Umri kwa makundi matatu mapana; bila mji.
AnalystLevelNothing = Bila umri wala mji.
AnalystRefused = { $n ->
    [one] Hakuna faili: kundi dogo kabisa lina mteja mmoja, chini ya { $k }. Wakiwa wachache hivi, mtu anaweza kutambuliwa.
   *[other] Hakuna faili: kundi dogo kabisa lina wateja { $n }, chini ya { $k }. Wakiwa wachache hivi, mtu anaweza kutambuliwa.
}
AnalystDownload = Pakua faili la mchambuzi (CSV)
AnalystColCode = Msimbo wa mteja
AnalystColSpend = Matumizi
AnalystColLast = Ununuzi wa mwisho (mwezi)
AgeAny = Umri wowote
AreaOther = Maeneo mengine
AreaAny = Eneo lolote
NavDashboard = Muhtasari
DashboardHeading = Hali ya duka
DashboardPeriod = Kipindi
PeriodWeek = Siku 7 zilizopita
PeriodMonth = Siku 30 zilizopita
PeriodQuarter = Wiki 13 zilizopita
PeriodYear = Miezi 12 iliyopita
DashboardCounting = Inahesabu mauzo… { $percent }
DashboardSpan = { $now }, ikilinganishwa na { $before }.
DashboardChartsHeading = Katika kipindi hiki
DashboardReadingFeedback = Inasoma maoni… { $n }
DashboardModelsHeading = Thamani ya mteja na makundi
KpiCustomers = Wateja
KpiNew = Wateja wapya
KpiActive = Wateja walionunua
KpiRepeatRate = Walionunua zaidi ya mara moja
KpiRetention = Waliorudi
KpiChurn = Wasiorudi
KpiAverageSpend = Wastani wa ununuzi
KpiVisitsPerCustomer = Ziara kwa kila mteja
KpiMemberRevenue = Mauzo kwa wateja wanaojulikana
KpiWalkInRevenue = Mauzo kwa wapita njia
KpiSatisfaction = Kuridhika (1 hadi 5)
KpiNps = Alama ya mapendekezo (NPS)
KpiLiability = Pointi ambazo duka linadaiwa
KpiLiabilityNote = Pointi walizo nazo wateja ambazo bado wanaweza kuzitumia.
KpiSatisfactionNote = Wastani wa alama, { $responses }.
KpiNpsNote = Wanaopendekeza kutoa wasiopendekeza, { $responses }.
KpiResponses = { $n ->
    [one] jibu moja
   *[other] majibu { $n }
}
KpiUpFrom = Imepanda kutoka { $before } katika kipindi kilichopita
KpiDownFrom = Imeshuka kutoka { $before } katika kipindi kilichopita
KpiSame = Sawa na kipindi kilichopita
KpiNoBefore = Hakuna cha kulinganisha
KpiNoFigure = Bado hakuna takwimu
KpiWorking = Inakokotoa…
KpiNoModel = Wastani wa thamani ya mteja: bado hakuna manunuzi ya kurudia ya kutosha kwa utabiri.
KpiAverageValueIs = { $n ->
    [one] Wastani wa thamani ya mteja: { $value } katika miezi { $months } ijayo, kwa mteja mmoja aliye katika utabiri.
   *[other] Wastani wa thamani ya mteja: { $value } katika miezi { $months } ijayo, kwa wateja { $n } walio katika utabiri.
}
ChartTakings = Mauzo
ChartVisits = Ziara
ChartNewReturning = Wateja wapya na wanaorudi
ChartNew = Wapya
ChartReturning = Wanaorudi
ChartAsTable = Onyesha kama jedwali
ChartStepsCaption = Mauzo, ziara na wateja katika kipindi
ChartColDay = Siku
ChartColWeek = Wiki kuanzia
ChartWeekOf = Wiki ya { $date }
ChartCohorts = Wateja waliorudi, kwa mwezi wa ununuzi wao wa kwanza
ChartCohortExplain = Kila safu mlalo ni wateja ambao ununuzi wao wa kwanza ulikuwa katika mwezi huo; kila kisanduku kinaonyesha sehemu ya wateja hao walionunua tena baada ya idadi hiyo ya miezi.
ChartCohortFirst = Ununuzi wa kwanza
ChartMonthsLater = { $n ->
    [one] Mwezi { $n } baadaye
   *[other] Miezi { $n } baadaye
}
ChartSegments = Wateja kwa kundi
ChartShare = Sehemu

ImportRecording = Inahifadhi manunuzi…
ImportPurchasesLink = Leta manunuzi kutoka faili
ImportPurchasesHeading = Leta manunuzi kutoka faili
ImportPurchasesIntro = Leta mauzo ya zamani kutoka faili la mashine ya mauzo au jedwali lililohifadhiwa kama faili la CSV: safu moja kwa kila mauzo, yenye tarehe na kiasi, na, ili yahesabiwe kwa mteja, barua pepe yake, simu au kitambulisho cha Karibu. Safu isiyo na mteja ni mauzo ya mpita njia. Hakuna kinachohifadhiwa mpaka uthibitishe.
ImportPurchasesFile = Faili la kuleta (CSV)
SaleColumnCustomer = Mteja (barua pepe, simu au kitambulisho)
SaleColumnDate = Tarehe (na saa)
SaleColumnTime = Saa
SaleColumnAmount = Kiasi
SaleColumnCategories = Makundi
SaleColumnNote = Dokezo
ImportMatchBy = Wateja wanatambuliwa kwa
ImportMatchByUsual = Kitambulisho cha Karibu, barua pepe au simu
ImportAmounts = Kiasi kimeandikwa
AmountsDecimalPoint = kwa nukta ya desimali (1,250.50)
AmountsDecimalComma = kwa koma ya desimali (1.250,50)
ImportNoAmountColumn = Chagua safu wima yenye kiasi.
ImportNoDateColumn = Chagua safu wima yenye tarehe.
SaleNoSuchCustomer = hakuna mteja kwenye daftari mwenye barua pepe, simu au kitambulisho cha Karibu kama kilichoandikwa hapa.
SaleNoSuchCustomerField = hakuna mteja kwenye daftari mwenye { $field } kama kilichoandikwa hapa.
SaleSeveralCustomers = wateja zaidi ya mmoja wana kilichoandikwa hapa, kwa hiyo Karibu haiwezi kujua ni nani aliyenunua.
SaleBadDate = si tarehe iliyoandikwa kwa namna uliyochagua hapo juu.
ImportSalesReady = { $n ->
    [one] Ununuzi mmoja uko tayari kuletwa ({ $total }).
   *[other] Manunuzi { $n } yako tayari kuletwa, jumla { $total }.
}
ImportSalesCustomers = { $n ->
    [one] Yanahesabiwa kwa mteja mmoja.
   *[other] Yanahesabiwa kwa wateja { $n }.
}
ImportSalesWalkIns = { $n ->
    [one] Ununuzi mmoja hautaji mteja, kwa hiyo utahifadhiwa kama mauzo ya mpita njia.
   *[other] Manunuzi { $n } hayataji mteja, kwa hiyo yatahifadhiwa kama mauzo ya wapita njia.
}
ImportSalesBefore = Manunuzi ya faili hili yaliletwa tayari tarehe { $date }. Ukiyaleta tena yatahesabiwa mara mbili.
ImportPointsLegend = Pointi za uaminifu kwa manunuzi haya
ImportPointsNone = Hakuna: mauzo ya zamani hayaingii kwenye masalio ya pointi
ImportPointsEarn = Wateja wapate pointi kwa mpango wa leo, kana kwamba kila mauzo yalirekodiwa siku yake
ImportSalesDone = { $n ->
    [one] Uletaji umekamilika: ununuzi mmoja umehifadhiwa, pointi { $points } zimepatikana.
   *[other] Uletaji umekamilika: manunuzi { $n } yamehifadhiwa, pointi { $points } zimepatikana.
}
ImportSeeSales = Tazama takwimu za mauzo
ImportSalesInterrupted = Uletaji wa manunuzi kutoka “{ $file }” ulisimama kabla ya kukamilika (safu { $done } kati ya { $rows } zimeingia). Chagua faili lilelile kuendelea.
ImportLine = Mstari
