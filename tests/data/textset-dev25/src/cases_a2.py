"""textset-dev25, writer A, part 2: Hebrew (he), Greek (el) and Czech (cs) news pages.

Tagged line lists for make_cases.py (format in textset-dev20/src/make_cases.py).
All people, sites, companies, figures and events are invented.
"""

CASES = [
dict(id="he-001", lang="he", hard=False, opts="",
     notes="Hebrew news portal, northern-region page (light-rail delay): cookie notice, menu, breadcrumb, "
           "reporter name and stamp with Hebrew date (other), share buttons, an ad label mid-story, 'more on "
           "the topic' teasers and a talkback block (comments).",
     text="""
ck|אנו משתמשים בעוגיות (קוקיז) כדי לשפר את חוויית הגלישה שלך. המשך הגלישה באתר מהווה הסכמה למדיניות הפרטיות.
ck|הבנתי
nav|ראשי | חדשות | כלכלה | ספורט | תרבות | אוכל | נדל״ן | צפון
nav|חדשות › צפון
T|הקו הסגול של הרכבת הקלה בחיפה יידחה בשנה נוספת
oth|נועה ברקוביץ
oth|פורסם: 04.12.26 | 07:52 · כ״ד בכסלו תשפ״ז
sh|שתפו בוואטסאפ
sh|שתפו בפייסבוק
B|חברת מסילות הכרמל הודיעה אמש כי פתיחת הקו הסגול של הרכבת הקלה בחיפה תידחה לפחות עד סוף 2028.
B|לפי החברה, העיכוב נובע מבעיות בחפירת המנהרה מתחת לשכונת הדר, שבה נתגלו מי תהום בכמות גדולה מהצפוי.
B|הקו, שאורכו 14 קילומטר, אמור לחבר בין מרכז הכרמל לקריית אתא דרך העיר התחתית.
oth|פרסומת
B|"אנחנו שומעים את אותה הבטחה כבר חמש שנים," אמרה רונית שטרן, יו״ר ועד השכונה.
B|בעיריית חיפה דרשו להקים צוות משותף שיפקח על לוח הזמנים של הפרויקט.
B|עלות הפרויקט עומדת כיום על כ־6.2 מיליארד שקל, כמעט פי שניים מההערכה המקורית.
rel|עוד בנושא
rel|הרכבל לאוניברסיטה ייסגר לשבועיים בשל עבודות תחזוקה
rel|חניון הלילה בנמל: כך ייראה הסדר התחבורה החדש
com|תגובות (27)
com|הוספת תגובה
com|1. סוף סוף מישהו אומר את האמת
com|גולש מהקריות | 04.12.26
"""),

dict(id="he-002", lang="he", hard=False, opts="single",
     notes="Hebrew sports site, basketball league report in single newlines: section menu, byline/stamp, "
           "final-score box and 'full results' link (other widgets), teasers, share label, app prompt "
           "(navigation) and copyright. Scorer lines and the last-quarter line are story.",
     text="""
nav|ספורט | כדורגל | כדורסל | טניס | ספורט עולמי | VOD
T|אשדוד ניצחה את נהריה 84:79 וטיפסה למקום השלישי
oth|אלון גרינברג | 03.12.2026 22:41
oth|תוצאה סופית: מכבי אשדוד 84 | הפועל נהריה 79
B|מכבי אשדוד ניצחה הערב 84:79 את הפועל נהריה בהיכל הספורט בעיר, בזכות ריצת 0:11 בשלוש הדקות האחרונות.
B|נהריה הובילה ברוב המשחק ואף עלתה ליתרון של 10 נקודות בפתח הרבע הרביעי.
B|רבע אחרון: 16:24 לאשדוד
B|קלעים בולטים באשדוד: ג׳יילן פורד 22, עומר דהן 17
B|בנהריה: דריוס ווקר 19, איתי סגל 14
B|"ידענו שהמשחק יוכרע בהגנה, והחבר'ה פשוט סגרו את הצבע," אמר מאמן אשדוד, יוסי אזולאי.
B|במחזור הבא תארח אשדוד את הפועל גליל עליון, ונהריה תפגוש את בני הרצליה.
oth|לטבלה ולתוצאות המלאות ›
rel|עוד מהליגה
rel|ירושלים הודיעה על החתמת גארד אמריקאי לשלושה חודשים
rel|ליגת העל בכדורסל: כל המשחקים של המחזור הבא
sh|שיתוף
nav|הורידו את האפליקציה וקבלו התראה על כל סל
dis|כל הזכויות שמורות © ספורט פלוס 2026
"""),

dict(id="he-003", lang="he", hard=False, opts="",
     notes="Hebrew business site (housing prices): one-line shekel/index/bitcoin strip (crypto_ticker), "
           "breadcrumb, byline, a crypto-broker promo mid-story, newsletter sign-up, a run of blank lines, "
           "investment-advice disclaimer, teasers and an original-publication credit (attribution). The "
           "standfirst and the city price lines are story.",
     text="""
tk|דולר 3.612 ▼0.21% · יורו 3.948 ▲0.08% · ת״א 35 2,641.20 ▲0.66% · ביטקוין 352,410 ₪ ▼1.4%
nav|כלכלה › נדל״ן
T|מחירי הדירות ירדו בפעם הרביעית ברציפות
B|לפי נתוני הלשכה המרכזית לסטטיסטיקה, מדד מחירי הדירות ירד ב־0.4% בחודשים ספטמבר–אוקטובר.
oth|מאת דניאל אופיר | 3 בדצמבר 2026
B|מדובר בירידה הרביעית ברציפות, והמצטברת מתחילת השנה מגיעה ל־1.9%.
B|הירידות החדות ביותר נרשמו במחוז תל אביב ובשרון, בעוד שבצפון נרשמה עלייה קלה.
pr|ביטקוין ללא עמלת הפקדה — פתחו חשבון מסחר בתוך 3 דקות וקבלו 50$ מתנה
B|מחיר ממוצע לדירת 4 חדרים, לפי אזור:
B|תל אביב: 3.94 מיליון שקל
B|חיפה: 1.71 מיליון שקל
B|"הקבלנים עדיין מציעים מבצעי מימון, אבל הקונים כבר לא ממהרים," אמר השמאי גיל פרלמן.
B|בבנק ישראל צפויים לדון בריבית בשבוע הבא.
nl|הירשמו לניוזלטר "כסף של בוקר" וקבלו את עיקרי הכלכלה למייל בכל יום ב־7:00
~
dis|האמור בכתבה אינו מהווה ייעוץ השקעות או תחליף לייעוץ המתחשב בנתונים ובצרכים של כל אדם.
rel|כתבות שאולי פספסתם
rel|המשכנתא הממוצעת חצתה את רף 1.3 מיליון שקל
rel|הדירות להשכרה שנעלמו מהשוק: מה קרה בבאר שבע
att|הכתבה פורסמה במקור במגזין "נכסים" של הרשת
"""),

dict(id="hard-he-001", lang="he", hard=True, opts="nofinal",
     notes="Hard: Hebrew media-news story about sites closing talkbacks, quoting 'התגובה ממתינה לאישור' and a "
           "closed-comments notice inside story lines; the page's own talkback block (incl. the bare 'התגובה "
           "ממתינה לאישור') is comments. Also menu, byline with Hebrew date, a share label mid-story and teasers.",
     text="""
nav|ראשי | חדשות | דעות | טוקבקים | צרכנות | תקשורת
T|אתרי החדשות סוגרים את הטוקבקים בכתבות על הרוגים בתאונות
oth|מיכל אדרי | יום ה׳, כ״ג בכסלו תשפ״ז
B|לפחות שלושה אתרי חדשות גדולים החליטו החודש לחסום תגובות גולשים בכתבות העוסקות בהרוגים בתאונות דרכים.
B|במקום תיבת התגובות מופיעה כעת ההודעה: "התגובות לכתבה זו נסגרו מתוך כבוד למשפחות".
B|לדברי עורכת באחד האתרים, רבות מהתגובות שנשלחו לכתבות כאלה היו פוגעניות ונדרשו שעות כדי לסנן אותן.
sh|שתפו
B|"ההודעה 'התגובה ממתינה לאישור' הפכה אצלנו לתור של אלפי הודעות," סיפרה.
B|איגוד העיתונאים בירך על ההחלטה, אך ארגוני חופש ביטוי מזהירים ממדרון חלקלק.
B|"טוקבק הוא עדיין הכיכר העירונית של האינטרנט הישראלי," אמר פרופ' אבי רוזן מהחוג לתקשורת.
com|תגובות
com|התגובה ממתינה לאישור
com|כתבו תגובה
com|שם (חובה) | כותרת | תוכן התגובה
com|התגובות באחריות הכותבים. המערכת רשאית שלא לפרסם תגובות פוגעניות.
rel|עוד בערוץ תקשורת
rel|הרשות השנייה בודקת: פרסומות סמויות בתוכניות הבוקר
rel|עיתון מקומי בגליל עובר לגרסה דיגיטלית בלבד
"""),

dict(id="el-001", lang="el", hard=False, opts="",
     notes="Greek national daily (ferry strike): IAB-style consent dialog, breadcrumb, 'Του …' byline and stamp, "
           "inline 'Διαβάστε επίσης' teaser, extra blank lines before the footer, tag list (navigation), "
           "Google-News follow line (newsletter), share label, popular teasers and a no-reproduction notice.",
     text="""
ck|Σεβόμαστε την ιδιωτικότητά σας
ck|Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή, όπως cookies, για εξατομικευμένες διαφημίσεις και περιεχόμενο.
ck|ΣΥΜΦΩΝΩ
ck|ΠΕΡΙΣΣΟΤΕΡΕΣ ΕΠΙΛΟΓΕΣ
nav|Αρχική / Ελλάδα / Κοινωνία
T|Δεμένα τα πλοία την Πέμπτη λόγω 24ωρης απεργίας των ναυτεργατών
oth|Του Γιώργου Παπαδάκη
oth|02.12.2026 • 08:14
B|Δεμένα θα παραμείνουν τα πλοία σε όλα τα λιμάνια της χώρας την Πέμπτη, καθώς η ομοσπονδία των ναυτεργατών κήρυξε 24ωρη απεργία από τις 06:00.
B|Οι ναυτεργάτες διαμαρτύρονται για το σχέδιο νόμου που μειώνει τις οργανικές συνθέσεις των πληρωμάτων στα επιβατηγά πλοία.
rel|Διαβάστε επίσης: Νέο ρεκόρ επιβατών στο αεροδρόμιο Ηρακλείου το 2026
B|Σύμφωνα με το Λιμεναρχείο Πειραιά, επηρεάζονται περίπου 70 δρομολόγια προς Κυκλάδες, Δωδεκάνησα και Κρήτη.
B|Όσοι επιβάτες έχουν εισιτήρια μπορούν να τα αλλάξουν χωρίς χρέωση ή να λάβουν πλήρη επιστροφή χρημάτων.
B|«Δεν θα δεχθούμε πλοία με λιγότερους ναυτικούς απ' όσους χρειάζεται η ασφάλεια», δήλωσε ο γενικός γραμματέας της ομοσπονδίας, Στέλιος Μανωλάκης.
B|Το υπουργείο Ναυτιλίας κάλεσε τα σωματεία σε συνάντηση τη Δευτέρα.
~
nav|Ετικέτες: ΑΠΕΡΓΙΑ ΠΛΟΙΑ ΠΕΙΡΑΙΑΣ ΝΑΥΤΕΡΓΑΤΕΣ
nl|Ακολουθήστε την Ημερήσια Ώρα στο Google News και μάθετε πρώτοι όλες τις ειδήσεις
sh|Κοινοποίηση
rel|Δημοφιλή
rel|Πόσο θα κοστίσει φέτος το χριστουγεννιάτικο τραπέζι
rel|Χιόνια στα ορεινά της Μακεδονίας από το Σάββατο
dis|© 2026 Ημερήσια Ώρα Α.Ε. Απαγορεύεται η αναδημοσίευση χωρίς γραπτή άδεια του εκδότη.
"""),

dict(id="el-002", lang="el", hard=False, opts="",
     notes="Greek regional portal in Crete (olive-oil prices): weather widget (other), region menu, author and "
           "stamp, a photo caption with credit, source credit (attribution), an empty comment plug-in and "
           "category teasers. The per-quality price lines are story.",
     text="""
oth|Ηράκλειο 16°C ☀
nav|ΕΙΔΗΣΕΙΣ | ΗΡΑΚΛΕΙΟ | ΧΑΝΙΑ | ΡΕΘΥΜΝΟ | ΛΑΣΙΘΙ | ΑΘΛΗΤΙΚΑ | ΑΓΡΟΤΙΚΑ
T|Στα 6,40 ευρώ το κιλό το εξαιρετικό παρθένο στη Μεσαρά
oth|Συντάκτης: Μαρία Κοκκινάκη | 2 Δεκεμβρίου 2026, 19:30
C|Ελαιοπαραγωγοί περιμένουν τη σειρά τους σε ελαιοτριβείο των Μοιρών. (Φωτ.: Νίκος Βαρδάκης)
B|Σε πτωτική τροχιά κινούνται οι τιμές παραγωγού για το ελαιόλαδο στη Μεσαρά, με τα πρώτα συμβόλαια της σεζόν να κλείνουν αισθητά χαμηλότερα από πέρσι.
B|Οι τιμές που καταγράφηκαν αυτή την εβδομάδα:
B|Εξαιρετικό παρθένο (οξύτητα έως 0,3): 6,40 ευρώ/κιλό
B|Εξαιρετικό παρθένο (οξύτητα 0,5–0,8): 5,90 ευρώ/κιλό
B|Οι παραγωγοί λένε ότι με το κόστος του λιπάσματος και του ρεύματος στα ύψη, η τιμή δεν καλύπτει τα έξοδα.
B|«Πέρσι πουλήσαμε στα 8,5 και φέτος μας ζητούν να δώσουμε κάτω από 6,5», είπε ο Μανώλης Τσαγκαράκης, πρόεδρος αγροτικού συνεταιρισμού.
B|Η παραγωγή στην περιοχή εκτιμάται φέτος αυξημένη κατά 20% σε σχέση με την περσινή χρονιά.
att|Με πληροφορίες από το Ράδιο Νότος 98,4
com|0 Σχόλια
com|Ταξινόμηση κατά: Πιο πρόσφατα
rel|ΠΕΡΙΣΣΟΤΕΡΑ ΑΠΟ ΑΓΡΟΤΙΚΑ
rel|Αποζημιώσεις για τον παγετό του Απριλίου: πότε πληρώνονται
rel|Εξαγωγές κρητικού λαδιού στην Κίνα: υπεγράφη νέα συμφωνία
"""),

dict(id="el-003", lang="el", hard=False, opts="nofinal",
     notes="Greek TV-station site (storm closes schools): live-TV menu, section label, newsroom stamp, video "
           "teaser and duration (other), agency credit, notification prompt (navigation), teasers and share "
           "row; no final newline. The timeline lines are story.",
     text="""
nav|LIVE TV | ΕΙΔΗΣΕΙΣ | ΕΚΠΟΜΠΕΣ | ΚΑΙΡΟΣ | ΣΠΟΡ
nav|Καιρός
T|Κακοκαιρία «Ερμιόνη»: Κλειστά σχολεία σε Εύβοια και Βοιωτία την Παρασκευή
oth|Newsroom | Πέμπτη 03/12/2026 - 21:05
oth|▶ Δείτε το ρεπορτάζ του κεντρικού δελτίου
oth|02:11
B|Κλειστά θα παραμείνουν την Παρασκευή όλα τα σχολεία της Εύβοιας και της Βοιωτίας, λόγω της κακοκαιρίας «Ερμιόνη».
B|Η Πολιτική Προστασία έστειλε μήνυμα μέσω του 112 στους κατοίκους των δύο νομών, καλώντας τους να περιορίσουν τις μετακινήσεις.
B|Η εξέλιξη του φαινομένου, σύμφωνα με την ΕΜΥ:
B|Πέμπτη βράδυ: ισχυρές βροχές στη Δυτική Ελλάδα
B|Παρασκευή: καταιγίδες και χαλάζι σε Εύβοια, Βοιωτία και Αττική
B|Σάββατο: σταδιακή εξασθένηση από τα δυτικά
B|Στην Αττική τα σχολεία θα λειτουργήσουν κανονικά, όμως οι δήμοι θα ενημερώσουν τους γονείς αν αλλάξει κάτι.
att|Πηγή: Ελληνικό Πρακτορείο Ειδήσεων
nav|Ενεργοποιήστε τις ειδοποιήσεις για έκτακτα δελτία καιρού
rel|Δείτε ακόμα
rel|Πλημμύρες στην Κέρκυρα: κλειστοί δρόμοι στο κέντρο
sh|Facebook  X  Viber  Email
"""),

dict(id="hard-el-001", lang="el", hard=True, opts="",
     notes="Hard: Greek story about a fine for unlabelled advertorials that quotes 'Χορηγούμενο' and 'Προτεινόμενα "
           "για εσάς'; those story lines stay, while the page's own 'ΧΟΡΗΓΟΥΜΕΝΟ' label, ad label and sponsored "
           "teaser are other and its 'Προτεινόμενα για εσάς' block is related_links. Also menu, editor stamp, "
           "share line and a reproduction notice.",
     text="""
nav|Ειδήσεις | Πολιτική | Οικονομία | Media | Lifestyle | Αθλητικά
oth|ΧΟΡΗΓΟΥΜΕΝΟ
oth|Η νέα εποχή στην ενέργεια ξεκινά από το σπίτι σας – Μάθετε περισσότερα
T|Πρόστιμο σε ειδησεογραφικό site για «κρυφές» διαφημίσεις χωρίς την ένδειξη «Χορηγούμενο»
oth|Επιμέλεια: Ελένη Σταυροπούλου | 03.12.2026, 13:02
B|Πρόστιμο 40.000 ευρώ επέβαλε η Αρχή Προστασίας Καταναλωτή σε ειδησεογραφικό ιστότοπο που δημοσίευε διαφημιστικά κείμενα ως κανονικά ρεπορτάζ.
B|Σύμφωνα με την απόφαση, 37 άρθρα για ιατρικά κέντρα και ξενοδοχεία δεν έφεραν καμία ένδειξη όπως «Χορηγούμενο» ή «Καταχώριση».
B|Η Αρχή επισημαίνει ότι η ένδειξη πρέπει να εμφανίζεται πάνω από τον τίτλο και όχι στο τέλος του κειμένου.
oth|Διαφήμιση
B|Παραπλανητικό κρίθηκε επίσης το μπλοκ «Προτεινόμενα για εσάς», όπου πληρωμένα άρθρα εμφανίζονταν ανάμεσα σε ειδήσεις χωρίς καμία διάκριση.
B|«Ο αναγνώστης πρέπει να καταλαβαίνει με μια ματιά τι είναι είδηση και τι πληρωμένο μήνυμα», ανέφερε ο πρόεδρος της Αρχής, Δημήτρης Λαμπρόπουλος.
B|Ο ιστότοπος μπορεί να προσφύγει κατά της απόφασης εντός 60 ημερών.
sh|Μοιραστείτε το άρθρο
rel|Προτεινόμενα για εσάς
oth|Χορηγούμενο · Δερματολόγοι εντυπωσιάζονται: η κρέμα που «σβήνει» τις ρυτίδες σε 7 ημέρες
rel|Φάρμακα: τι αλλάζει στις τιμές από τον Ιανουάριο
rel|Τηλεοπτικές άδειες: πότε ανοίγει ο νέος διαγωνισμός
dis|Απαγορεύεται η αναπαραγωγή του περιεχομένου χωρίς αναφορά στην πηγή.
"""),

dict(id="cs-001", lang="cs", hard=False, opts="ws",
     notes="Czech daily, Prague page (tram closure): cookie bar, breadcrumb, author and stamp (other), share "
           "label, inline 'Související' teaser, discussion counter and link (comments), 'Přečtěte si také' "
           "teasers and a copyright notice; trailing whitespace. The rerouting list is story.",
     text="""
ck|Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie.
ck|Souhlasím
ck|Upravit nastavení
nav|Zprávy › Praha
T|Tramvaje nepojedou přes Palackého most až do konce března
oth|Jana Horáková
oth|3. prosince 2026 7:30
sh|Sdílet
B|Dopravní podnik uzavře od pondělí tramvajovou trať přes Palackého most kvůli výměně kolejí a opravě mostních závěrů.
B|Výluka potrvá do 31. března 2027 a dotkne se linek 3, 5, 16 a 17.
B|Náhradní autobusová linka X3 pojede v pětiminutovém intervalu mezi Výtoní a Karlovým náměstím.
rel|Související: Praha zdraží roční kupón, nově bude stát 4 200 korun
B|Linky budou odkloněny takto:
B|3 a 17 – přes Jiráskův most
B|5 a 16 – ukončeny na Výtoni
B|„Víme, že to bude pro cestující nepříjemné, ale most je v havarijním stavu,“ uvedl mluvčí dopravního podniku Ondřej Pešek.
B|Zároveň se opraví zastávka Palackého náměstí, která získá bezbariérový nástupní ostrůvek.
com|Diskuse (41)
com|Vstoupit do diskuse
rel|Přečtěte si také
rel|Na Smíchově vyroste nová lávka pro pěší, stavba začne v létě
rel|Metro D: ražba tunelu pod Pankrácí je hotová
dis|© 2026 Deník Metropole. Všechna práva vyhrazena. Jakékoli užití obsahu bez písemného souhlasu vydavatele je zakázáno.
"""),

dict(id="cs-002", lang="cs", hard=False, opts="crlf",
     notes="Czech regional sports page (hockey, CRLF): sport menu, 'online ended' widget, byline/stamp, ad label "
           "mid-story, league-table widget (other), app prompt (navigation), reader-comments counter and a "
           "no-copying notice. The result, scorers and attendance lines are story.",
     text="""
nav|Sport | Fotbal | Hokej | Tenis | Ostatní sporty | Výsledky
oth|Online přenos skončil
T|Třebíč otočila zápas s Olomoucí, rozhodl Kratochvíl dvě minuty před koncem
oth|Lukáš Pospíšil | Třebíč 4. 12. 2026 | 21:47
B|Hokejisté Horácka Třebíč zvítězili v pátečním utkání první ligy nad Hanou Olomouc 3:2, přestože po dvou třetinách prohrávali.
B|Horácko Třebíč – Haná Olomouc 3:2 (0:1, 1:1, 2:0)
B|Branky: 29. Vlček, 53. Hrubý, 58. Kratochvíl – 12. Navrátil, 31. Šimek
oth|Reklama
B|Vítěznou branku vstřelil útočník Adam Kratochvíl, který dorážel puk po střele od modré čáry.
B|„Ve druhé třetině jsme se báli hrát, ve třetí jsme konečně začali střílet,“ řekl po zápase trenér Třebíče Roman Fiala.
B|Diváci: 4 120.
B|Třebíč se posunula na páté místo tabulky, Olomouc zůstává třetí.
oth|Tabulka soutěže
nav|Stáhněte si aplikaci Horácký sport a sledujte výsledky živě
com|Komentáře čtenářů (8)
dis|Kopírování a další šíření obsahu bez souhlasu redakce je zakázáno.
"""),

dict(id="cs-003", lang="cs", hard=False, opts="",
     notes="Czech aggregator repost (milk prices): category menu, a doubled dek, agency and author credits "
           "(attribution), auto-repost disclaimer, category teasers and a share row.",
     text="""
nav|Novinky z regionů | Ekonomika | Zemědělství | Počasí
T|Výkupní cena mléka klesla pod devět korun, chovatelé hrozí protesty
dup|Zemědělci tvrdí, že při současných cenách prodělávají na každém litru.Zemědělci tvrdí, že při současných cenách prodělávají na každém litru.
att|Zdroj: ČTS, převzato 2. 12. 2026
B|Průměrná výkupní cena syrového kravského mléka klesla v listopadu na 8,70 koruny za litr, nejníže za poslední tři roky.
B|Podle Agrární komory se náklady na výrobu litru mléka pohybují kolem 9,60 koruny.
B|Chovatelé viní obchodní řetězce, které podle nich tlačí ceny dolů akčními nabídkami mléčných výrobků.
B|„Pokud se nic nezmění, na jaře zavřeme další kravíny,“ uvedl předseda Svazu chovatelů skotu Jiří Holub.
B|Svaz chce v lednu uspořádat protestní jízdu traktorů do Prahy.
B|Ministerstvo zemědělství slíbilo jednání s mlékárnami i obchodníky ještě před Vánoci.
att|Autor: Redakce ČTS
dis|Tento článek byl převzat automaticky. Redakce serveru Zprávy24 nenese odpovědnost za jeho obsah.
rel|Další zprávy z kategorie Ekonomika
rel|Ceny másla před Vánoci vzrostly o pětinu
rel|Cukrovar v Hrušovanech ukončí kampaň dříve
sh|To se mi líbí | Sdílet | Poslat e-mailem
"""),

dict(id="hard-cs-001", lang="cs", hard=True, opts="",
     notes="Hard: Czech finance story on central-bank warnings about fake crypto ads; it quotes a scam slogan and "
           "lists warning signs ('bonus zdarma'…), all story. The page's own coin strip is crypto_ticker and its "
           "exchange ads (one mid-story) are crypto_promo. Also breadcrumb, byline, risk disclaimer and teasers.",
     text="""
tk|BTC 2 041 530 Kč −1,8 % | ETH 71 220 Kč +0,4 % | SOL 3 118 Kč −2,1 %
nav|Peníze › Investice
T|ČNB varuje před falešnými reklamami na kryptoměny s tvářemi celebrit
oth|Martin Kučera, 3. 12. 2026
B|Česká národní banka zveřejnila varování před vlnou podvodných reklam, které na sociálních sítích lákají k investicím do kryptoměn.
B|Reklamy obvykle zneužívají fotografie známých moderátorů nebo sportovců a slibují: „Investujte 5 000 Kč a vydělejte až 80 000 Kč měsíčně.“
B|Typické znaky podvodu podle ČNB:
B|– garantovaný výnos bez rizika
B|– „bonus zdarma“ za rychlou registraci
B|– nátlak, že nabídka platí jen dnes
pr|Registrujte se na burze CoinMost a získejte 25 € v bitcoinu zdarma!
B|Podle policie přišli lidé v Česku letos kvůli takovým podvodům o více než 1,1 miliardy korun.
B|„Žádný seriózní obchodník vám nebude volat a nutit vás instalovat aplikaci pro vzdálený přístup,“ upozornila mluvčí banky Klára Vojtíšková.
dis|Obsah článku nepředstavuje investiční doporučení. Investice do kryptoměn jsou vysoce rizikové.
pr|Obchodujte s kryptem první měsíc bez poplatků → Otevřít účet
rel|Mohlo by vás zajímat
rel|Hypotéky v prosinci zlevnily, nejlevnější nabídka je pod 4 %
rel|Jak danit prodej bitcoinu: průvodce pro daňové přiznání
"""),
]
