"""textset-dev27, writer B: French, Italian, Russian, Ukrainian, Turkish, Polish, Indonesian,
Vietnamese and Arabic cases with sentence-shaped furniture.
Tagged line lists for ../textset-dev20/src/make_cases.py.
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="French regional daily on a covered market: a long cookie notice, a 'this article is "
           "offered to you' paywall line and a photo caption on top, an AI-assistance production "
           "notice (other) and an app pitch (navigation) mid-story, a reproduction notice and "
           "related stories with summaries at the bottom.",
     text="""
ck|Avec votre accord, nos partenaires et nous utilisons des cookies pour stocker et accéder à des informations sur votre appareil, mesurer l'audience et vous proposer des publicités adaptées. Vous pouvez retirer votre consentement à tout moment.
ck|Accepter et fermer
oth|Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 € le premier mois.
T|À Saint-Rémy-sur-Loire, les halles rouvrent après deux ans de travaux
C|Les nouvelles halles, inaugurées samedi, accueillent 24 commerçants. Photo Élodie Fabre
oth|Par Thibault Lemercier - 6 déc. 2026 à 08h15
B|Fermées depuis l'automne 2024, les halles de Saint-Rémy-sur-Loire ont rouvert samedi matin, au terme d'un chantier de 3,4 millions d'euros.
B|La charpente métallique de 1896 a été entièrement restaurée et la toiture équipée de 620 mètres carrés de panneaux solaires.
oth|Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle, puis relu et complété par un journaliste de la rédaction.
B|Vingt-quatre commerçants, dont huit nouveaux, se partagent désormais les étals, du mardi au dimanche.
nav|Recevez les alertes de votre commune en téléchargeant gratuitement notre application sur iPhone et Android.
B|« On a gardé l'âme du lieu, mais on a enfin de la lumière et du chauffage », sourit Martine Cordier, fromagère depuis trente ans.
B|La maire, Annick Besnard, espère attirer 4 000 visiteurs par semaine.
dis|Toute reproduction, même partielle, des articles et illustrations publiés sur ce site est interdite sans l'accord écrit préalable de l'éditeur.
rel|À lire aussi
rel|Marché de Noël : le programme complet des animations
rel|Du 12 au 24 décembre, une quarantaine de chalets s'installent place du Mail, avec une patinoire en accès libre.
"""),

dict(id="it-001", lang="it", hard=False, opts="ws nofinal",
     notes="Italian finance page on a utility's quarterly results (trailing whitespace, no final "
           "newline): an index strip and a partner line on top, a not-advice note and a "
           "forward-looking-statements paragraph (disclaimer) at the bottom, a share bar and an "
           "author line.",
     text="""
tk|FTSE MIB 37.412 +0,48% | FTSE Italia All-Share 39.876 +0,44% | Spread BTP-Bund 118
oth|Contenuto realizzato in collaborazione con Banca Ardesia. La redazione ha mantenuto piena autonomia sui contenuti.
T|Aqualpina, utile in crescita del 12% nei nove mesi: confermata la guida 2026
oth|di Chiara Benvenuti | 13 novembre 2026, ore 18:42
B|Aqualpina, la multiutility lombarda attiva nel servizio idrico e nella distribuzione del gas, ha chiuso i primi nove mesi del 2026 con un utile netto di 214 milioni di euro, in crescita del 12% rispetto allo stesso periodo dell'anno scorso.
B|I ricavi si sono attestati a 2,31 miliardi, sostenuti dall'aumento delle tariffe idriche approvato dall'autorità di regolazione.
B|Il margine operativo lordo è salito a 612 milioni.
B|L'amministratore delegato, Paolo Castellazzi, ha confermato gli obiettivi per l'intero esercizio e un dividendo in crescita di almeno il 5%.
B|In Borsa il titolo ha guadagnato l'1,9%.
dis|Le informazioni contenute in questo articolo hanno finalità esclusivamente informative e non costituiscono in alcun modo sollecitazione all'investimento o consulenza finanziaria.
dis|Il presente comunicato contiene dichiarazioni previsionali basate sulle attuali aspettative del management; i risultati effettivi potrebbero differire in modo significativo a causa di fattori al di fuori del controllo della società.
sh|Condividi: Facebook LinkedIn X WhatsApp
oth|Chiara Benvenuti scrive di energia, utility e mercati finanziari per la sezione Economia."""),

dict(id="ru-001", lang="ru", hard=False, opts="single",
     notes="Russian science page without a headline (single newlines): a funding note saying the "
           "foundation did not influence the content (other), an author-opinion disclaimer, a "
           "typo-report line (other), a Telegram channel pitch (newsletter) and read-also links.",
     text="""
nav|Наука | Космос | Медицина | Технологии | Экология
oth|Материал подготовлен при поддержке фонда «Открытая наука». Фонд не влиял на содержание публикации.
B|Биологи Томского университета обнаружили в торфяниках Васюганского болота бактерии, которые разлагают полиэтилен при температуре около четырёх градусов.
B|По словам руководителя исследования Ксении Гладышевой, за восемь недель эксперимента бактериям удалось уменьшить массу плёнки на 7 процентов.
B|«Это немного, но для холодных условий это неожиданно высокий показатель», — отметила она.
B|Учёные планируют выделить ферменты, отвечающие за разложение, и проверить их на других видах пластика.
B|Результаты опубликованы в журнале «Микробиология Сибири».
dis|Мнение редакции может не совпадать с мнением автора материала.
oth|Нашли опечатку? Выделите фрагмент текста и нажмите Ctrl+Enter.
nl|Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать о новых открытиях российских учёных.
rel|Читайте также
rel|В Арктике нашли лишайник, переживший три года без света
"""),

dict(id="uk-001", lang="uk", hard=False, opts="",
     notes="Ukrainian city news on new heating points, with extra blank lines before the footer: "
           "menu and byline on top, a donation appeal in full sentences (other) between "
           "paragraphs, an error-report line, a reprint notice (disclaimer), a share bar and a "
           "comment prompt. The address list is story.",
     text="""
nav|Новини | Місто | Економіка | Культура | Спорт
T|У Полтаві відкрили ще 18 пунктів незламності на зиму
oth|Олена Шевчук, 05.12.2026 12:40
B|Міська рада Полтави відкрила ще 18 пунктів незламності, де мешканці можуть зігрітися, зарядити телефони та отримати гарячий чай під час відключень електроенергії.
B|Загалом у місті тепер працює 64 такі пункти, більшість із них — у школах і бібліотеках.
oth|Ми працюємо завдяки нашим читачам. Підтримайте незалежну місцеву журналістику: станьте нашим патроном від 50 гривень на місяць.
B|Нові пункти розташовані, зокрема, за адресами:
B|вул. Соборності, 41 (гімназія № 12);
B|вул. Героїв Бреста, 9 (бібліотека-філія № 3);
B|просп. Миру, 17 (центр надання адмінпослуг).
B|Усі пункти мають генератори та запас пального щонайменше на три доби, повідомили в управлінні з питань надзвичайних ситуацій.
~
oth|Помітили помилку? Виділіть її та натисніть Ctrl+Enter, щоб повідомити редакцію.
dis|Використання матеріалів сайту дозволене лише за умови прямого активного гіперпосилання на першоджерело.
sh|Поділитися: Facebook Telegram Viber
com|Щоб залишити коментар, увійдіть через Google або Facebook.
"""),

dict(id="tr-001", lang="tr", hard=False, opts="",
     notes="Turkish news portal on a stadium renovation, with extra blank lines: a notification "
           "prompt (navigation) and byline on top, an agency-responsibility note (attribution), a "
           "comment disclaimer paragraph (comments), a rights notice (disclaimer) and related "
           "headlines.",
     text="""
nav|Son dakika gelişmelerinden anında haberdar olmak için tarayıcı bildirimlerine izin verin.
nav|Gündem | Ekonomi | Spor | Dünya | Yaşam
T|Eskişehir'de stadyum yenileme ihalesi sonuçlandı
oth|Güncelleme: 03.12.2026 - 16:48
B|Eskişehir Büyükşehir Belediyesi'nin stadyum yenileme ihalesini 412 milyon liralık teklifle yerel bir inşaat firması kazandı.
B|Proje kapsamında stadyumun çatısı tamamen yenilenecek, kapasite 28 binden 33 bine çıkarılacak.
B|Belediye Başkan Yardımcısı Serkan Aydemir, çalışmaların ligin ikinci yarısında başlayacağını ve 14 ay süreceğini söyledi.
B|Yenileme süresince maçlar Kütahya'daki stada taşınacak.
B|Taraftar grupları ise maçların şehir dışında oynanmasının seyirci sayısını düşüreceğinden endişeli.
~
att|Bu haber Ajans Doğu kaynaklıdır; haber içeriğinden ve görsellerden ajans sorumludur.
com|Yorumlar kullanıcıların kendi kişisel görüşleridir. Hakaret, küfür ve suç unsuru içeren yorumlar onaylanmamaktadır.
dis|Sitede yayımlanan haberlerin tüm hakları saklıdır; kaynak gösterilmeden kısmen de olsa kullanılamaz.
rel|İlginizi Çekebilir
rel|Tramvay hattına iki yeni durak ekleniyor
rel|Porsuk Çayı kıyısına bisiklet yolu yapılacak
"""),

dict(id="pl-001", lang="pl", hard=False, opts="ws",
     notes="Polish health portal on a school dental programme (trailing whitespace): a login wall "
           "in sentences between paragraphs (other), a medical not-advice note (disclaimer), a "
           "newsletter pitch in prose, a tip line (other) and a most-read list.",
     text="""
nav|Zdrowie › Dzieci › Profilaktyka
T|Dentobus wraca do szkół. W tym roku odwiedzi 140 gmin
oth|Katarzyna Wróblewska | 2 grudnia 2026
B|Od stycznia mobilne gabinety stomatologiczne ponownie zaczną odwiedzać szkoły podstawowe w małych gminach, w których brakuje dentystów przyjmujących w ramach NFZ.
B|W tym roku program obejmie 140 gmin w pięciu województwach, o 35 więcej niż poprzednio.
oth|Chcesz czytać dalej? Zaloguj się lub wykup dostęp cyfrowy, aby przeczytać cały artykuł i korzystać z serwisu bez reklam.
B|Z danych resortu zdrowia wynika, że próchnicę ma ponad 80 proc. dwunastolatków.
B|„Dla wielu dzieci to pierwsza wizyta u dentysty w życiu” — mówi dr Agnieszka Malinowska, koordynatorka programu.
B|Zgodę na badanie muszą wyrazić rodzice.
dis|Artykuł ma charakter wyłącznie informacyjny i nie zastępuje konsultacji z lekarzem ani porady specjalisty.
nl|Co piątek wysyłamy najważniejsze wiadomości o zdrowiu dzieci. Zapisz się do naszego newslettera, to nic nie kosztuje.
oth|Masz temat, o którym powinniśmy napisać? Skontaktuj się z redakcją: redakcja@zdrowiedzis.pl.
rel|Najczęściej czytane
rel|Szczepienia przeciw HPV w gabinetach szkolnych
"""),

dict(id="id-001", lang="id", hard=False, opts="",
     notes="Indonesian news portal on rice prices: site name, byline and an inline 'Baca juga' "
           "teaser (related_links) mid-story, a syndication credit with the original title and an "
           "editor credit (attribution), a WhatsApp channel pitch (newsletter) and a Google News "
           "follow prompt (navigation).",
     text="""
nav|KABARNUSA.COM
T|Harga beras medium di Jawa Timur turun Rp 600 per kilogram
oth|Penulis: Dimas Prasetyo | Kamis, 3 Desember 2026 14:05 WIB
B|Harga beras medium di sejumlah pasar tradisional di Jawa Timur turun rata-rata Rp 600 per kilogram dalam dua pekan terakhir.
B|Di Pasar Wonokromo, Surabaya, beras medium kini dijual Rp 12.400 per kilogram, dari sebelumnya Rp 13.000.
rel|Baca juga: Bulog salurkan 40 ribu ton beras SPHP ke Jawa Timur jelang Natal
B|Kepala Dinas Perindustrian dan Perdagangan Jatim, Rudi Hartanto, menyebut penurunan terjadi karena panen gadu di Lamongan dan Ngawi.
B|"Stok di gudang Bulog juga cukup sampai tiga bulan ke depan," ujarnya.
B|Pedagang berharap harga tetap stabil hingga akhir tahun.
att|Artikel ini telah tayang di SuaraPantura.id dengan judul "Panen Gadu, Harga Beras di Jatim Mulai Turun".
att|Editor: Yuliana Siregar
nl|Dapatkan kabar pilihan setiap hari langsung di ponsel Anda. Gabung ke saluran WhatsApp Kabarnusa sekarang juga.
nav|Ikuti berita terkini dari Kabarnusa di Google News, klik di sini.
"""),

dict(id="vi-001", lang="vi", hard=False, opts="crlf",
     notes="Vietnamese crypto news page (CRLF): a multi-line price ticker on top, a byline, a "
           "persuasive exchange promo after the story (crypto_promo), a risk disclaimer, a share "
           "bar and related teasers with time stamps.",
     text="""
tk|BTC
tk|91.208 USD
tk|-0,94%
tk|ETH
tk|3.118 USD
tk|+1,12%
T|Sàn giao dịch thí điểm tài sản mã hóa đầu tiên được cấp phép tại TP.HCM
oth|Minh Khôi | 04/12/2026 10:30
B|Bộ Tài chính vừa cấp giấy phép thí điểm cho công ty Sao Khuê Digital vận hành sàn giao dịch tài sản mã hóa tại TP.HCM, thời hạn ba năm.
B|Theo quy định, sàn chỉ được phép niêm yết bitcoin, ether và một số stablecoin được Bộ phê duyệt, giao dịch bằng đồng Việt Nam.
B|Vốn điều lệ tối thiểu của doanh nghiệp vận hành sàn là 10.000 tỷ đồng.
B|Ông Lê Quang Tuấn, tổng giám đốc Sao Khuê Digital, cho biết sàn dự kiến mở cho nhà đầu tư cá nhân từ quý II năm sau.
pr|Đừng bỏ lỡ cơ hội: đăng ký tài khoản hôm nay để nhận ngay 50 USDT và miễn phí giao dịch trong 30 ngày đầu tiên.
dis|Thông tin trong bài viết chỉ mang tính tham khảo, không phải lời khuyên đầu tư. Tài sản mã hóa có rủi ro cao, nhà đầu tư cần tự chịu trách nhiệm với quyết định của mình.
sh|Chia sẻ: Facebook | Zalo | Sao chép liên kết
rel|Tin liên quan
rel|Ngân hàng Nhà nước lấy ý kiến về stablecoin neo VND
rel|2 giờ trước
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal",
     notes="Arabic economy page on a Gulf port expansion (no final newline): an app-download "
           "pitch on top (navigation), a byline, an opinion disclaimer and a rights notice "
           "(disclaimer), a newsletter pitch in prose, and a most-read list.",
     text="""
nav|حمّل تطبيقنا مجاناً لتصلك آخر الأخبار العاجلة والتحليلات الاقتصادية لحظة بلحظة.
nav|الرئيسية | اقتصاد | أسواق | طاقة | تكنولوجيا
T|ميناء الرمال يضاعف طاقته الاستيعابية بحلول 2029
oth|دبي - سلمى الحمادي | الخميس 3 ديسمبر 2026
B|أعلنت هيئة الموانئ عن خطة لتوسعة ميناء الرمال بتكلفة تقدر بنحو 4.6 مليار درهم، بهدف مضاعفة طاقته الاستيعابية إلى 9 ملايين حاوية سنوياً.
B|وتشمل المرحلة الأولى إنشاء رصيف جديد بطول 1.8 كيلومتر وتعميق القناة الملاحية إلى 17 متراً.
B|وقال المدير التنفيذي للهيئة، خالد الشامسي، إن التوسعة ستوفر نحو 3 آلاف فرصة عمل.
B|ويتوقع محللون أن تعزز الخطة موقع الميناء في تجارة إعادة التصدير إلى شرق أفريقيا.
dis|الآراء الواردة في هذا المقال تعبر عن رأي أصحابها ولا تعكس بالضرورة موقف الصحيفة.
dis|جميع الحقوق محفوظة، ولا يجوز نسخ أو إعادة نشر أي محتوى من هذا الموقع دون إذن خطي مسبق.
nl|اشترك في نشرتنا البريدية الأسبوعية لتصلك أهم أخبار الأسواق الخليجية إلى بريدك الإلكتروني كل أحد.
rel|الأكثر قراءة
rel|أسعار الذهب تتراجع مع صعود الدولار"""),
]
