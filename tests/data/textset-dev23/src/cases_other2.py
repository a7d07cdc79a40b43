"""dev23, other languages part 2 (ru, uk, nl, pl, id, vi, ar; not hard)."""

CASES = [
dict(id="ru-001", lang="ru", hard=False, opts="single",
     notes="Russian regional news site: masthead and breadcrumb, short headline above a 'Текст: Name · "
           "date · city' byline, photo credit and 'Читайте также' inside the story, Telegram channel "
           "prompt, typo-report hint, tag list, popular block and age label. Single newlines.",
     text="""
nav|Вести Прикамья
nav|Новости › Общество
T|Трамвай до Гайвы
oth|Текст: Анна Белова · 4 ноября 2025, 11:20 · Пермь
B|В Перми до конца 2027 года проложат трамвайную линию в микрорайон Гайва, сообщили в городском департаменте транспорта. Протяжённость новой линии составит около 6,8 км.
B|По словам заместителя главы департамента Игоря Седова, проект уже прошёл государственную экспертизу, а подрядчика определят по итогам конкурса в феврале.
att|Фото: пресс-служба администрации Перми
rel|Читайте также: В Перми продлили работу ночных автобусов до 01:30
B|На линии планируется пять остановок, интервал движения в часы пик — 7 минут. Стоимость работ оценивается в 4,1 млрд рублей.
B|Жители Гайвы давно просили о трамвае: сейчас дорога до центра на автобусе в часы пик занимает больше часа.
nl|Подписывайтесь на «Вести Прикамья» в Telegram — там новости быстрее
oth|Нашли опечатку? Выделите фрагмент и нажмите Ctrl+Enter
nav|Теги: транспорт, трамвай, Гайва
rel|Популярное
rel|Пермские школьники заняли призовые места на олимпиаде по робототехнике
rel|На Компросе откроется новогодняя ярмарка ремесленников
oth|18+
"""),

dict(id="uk-001", lang="uk", hard=False, opts="",
     notes="Ukrainian portal carrying agency copy: masthead and breadcrumb, short headline, time stamp, "
           "'Name, title' byline, standalone dateline, ad label inside the story, source and editor "
           "credits, share row, section news block and a cookie notice.",
     text="""
nav|Портал Поділля
nav|Головна / Новини / Економіка
T|Нова лінія на заводі
oth|05.11.2025 12:40
oth|Ольга Кравець, оглядачка
B|ВІННИЦЯ, 5 листопада.
B|Виробник соків і пюре «Подільські смаки» запустив у Вінниці нову лінію з переробки яблук потужністю 25 тонн сировини на годину. Про це повідомили в пресслужбі компанії.
B|Інвестиції в проєкт становлять близько 180 млн гривень, частину обладнання придбано за програмою пільгового кредитування.
oth|Реклама
B|На підприємстві створили 70 нових робочих місць. Сировину планують закуповувати переважно в садівників Вінницької та Хмельницької областей.
B|За словами директора компанії Андрія Гуменюка, у 2026 році частка експорту має зрости до 40%, передусім до країн ЄС.
att|Джерело: агенція «Поділля-Інформ»
att|Редактор: Тарас Мельник
sh|Поділитися новиною: Telegram · Facebook · Viber · копіювати посилання
rel|Інші новини розділу
rel|У Хмельницькому відкрили логістичний центр для агровиробників
rel|Ціни на яблука в садах Поділля зросли на 15%
ck|Ми використовуємо файли cookie, щоб «Портал Поділля» працював зручніше. Погоджуюсь
"""),

dict(id="nl-001", lang="nl", hard=False, opts="",
     notes="Dutch regional broadcaster site: cookie bar at the top, masthead and menu, short headline "
           "above a 'Door Name in Town' byline and a relative time stamp, 'Lees ook' inside the story, "
           "share label, closed-comments notice and most-read block.",
     text="""
ck|Omroep Veluwezoom gebruikt cookies om de site te verbeteren en advertenties te tonen. Akkoord | Instellingen
nav|Omroep Veluwezoom
nav|Nieuws · Sport · Verkeer · Weer · Gids
T|Bakker stopt na 90 jaar
oth|Door Sanne de Wit in Dieren
oth|vandaag, 07:45 · aangepast 09:12
B|Bakkerij Van Rheenen in Dieren sluit eind december na bijna negentig jaar de deuren. Eigenaar Henk van Rheenen (67) heeft geen opvolger gevonden.
B|De bakkerij werd in 1936 opgericht door zijn grootvader aan de Spoorstraat. Van Rheenen nam de zaak in 1989 over van zijn vader.
B|"Ik heb twee jaar gezocht naar iemand die het wil overnemen, maar jonge bakkers willen niet meer om drie uur 's nachts beginnen", zegt hij.
rel|Lees ook: Slagerij in Rheden vindt toch nog een opvolger
B|Klanten reageren teleurgesteld. Op de laatste zaterdag van het jaar wil Van Rheenen zijn bekende krentenbollen voor de halve prijs verkopen.
B|Het pand wordt verkocht. Wat er in komt, is nog niet bekend.
sh|Deel dit artikel
com|Reageren is bij dit artikel niet mogelijk
rel|Meest gelezen
rel|Vrachtwagen kantelt op A348 bij Ellecom, weg uren dicht
rel|Gemeente Rheden wil meer laadpalen in de oude dorpskernen
"""),

dict(id="pl-001", lang="pl", hard=False, opts="crlf",
     notes="Polish regional portal: masthead and breadcrumb, short headline above a 'date | author' "
           "byline, ad label inside the story, agency source credit, share label, comment count and "
           "guest-comment prompt, see-also block. CRLF line endings.",
     text="""
nav|Kurier Podlaski
nav|Wiadomości / Hajnówka / Zdrowie
T|Nowy oddział w Hajnówce
oth|4 listopada 2025, 16:05 | Piotr Sawicki
B|Szpital powiatowy w Hajnówce otworzy w styczniu oddział geriatryczny z 24 łóżkami. To pierwszy taki oddział w powiecie hajnowskim.
B|Remont pomieszczeń na drugim piętrze kosztował 6,2 mln zł, z czego większość pokryły środki unijne.
oth|Reklama
B|– Mamy coraz więcej pacjentów po 75. roku życia, którzy wymagają kompleksowej opieki. Do tej pory musieliśmy ich kierować do Białegostoku – mówi dyrektor szpitala Anna Jaroszuk.
B|Na oddziale będzie pracować czterech lekarzy i 18 pielęgniarek. Szpital wciąż szuka geriatry na pełny etat.
att|Źródło: Agencja Informacyjna Wschód
sh|Udostępnij
com|Komentarze (15)
com|Chcesz skomentować? Zaloguj się w Kurierze Podlaskim
rel|Zobacz również
rel|Białystok: od grudnia droższe bilety komunikacji miejskiej
rel|Bielsk Podlaski. Nowe boisko przy szkole nr 2 już otwarte
"""),

dict(id="id-001", lang="id", hard=False, opts="",
     notes="Indonesian crypto-exchange news section reposting a regional portal: site header, short "
           "headline, source credit, time stamp, standalone dateline, inline 'Baca juga', editor credit, "
           "sign-up bonus promo, multi-line price ticker joined by single newlines, reposting disclaimer, "
           "teaser block with Share and SiteYYYY/MM/DD stamp.",
     text="""
nav|Tokoku Kripto — Berita
T|Harga Cabai Meroket
att|Sumber: KabarNusa.id
oth|Rabu, 05 Nov 2025 10:12 WIB
B|BANDUNG, KABARNUSA.ID —
B|Harga cabai rawit merah di sejumlah pasar tradisional di Kota Bandung menembus Rp95.000 per kilogram pada Rabu (5/11/2025), naik hampir dua kali lipat dibandingkan awal Oktober.
B|Kepala Dinas Perdagangan Kota Bandung, Dedi Supriatna, mengatakan kenaikan dipicu curah hujan tinggi di sentra produksi Garut dan Cianjur yang membuat banyak tanaman rusak.
rel|Baca juga: Pemkot Bandung Gelar Operasi Pasar Beras di 30 Kecamatan
B|"Pasokan dari petani turun sekitar 40 persen. Kami akan berkoordinasi dengan daerah lain untuk menambah pasokan," ujar Dedi.
B|Pedagang di Pasar Kosambi, Yanti (45), mengaku pembeli mulai mengurangi jumlah belanja. "Biasanya orang beli seperempat, sekarang cuma satu ons," katanya.
att|Editor: Rina Kusumawati
pr|Daftar sekarang di Tokoku Kripto dan dapatkan bonus Rp50.000 untuk transaksi pertama!
tk|Peluang Pasar
>tk|Logo Nusantara Token
>tk|Harga Nusantara Token(NUSA)
>tk|Rp412,35
>tk|-3,08%
>tk|IDR
dis|Penafian: Artikel ini dikutip dari sumber publik dan hanya untuk informasi. Tokoku Kripto tidak bertanggung jawab atas keakuratan isi dan tidak memberikan saran investasi.
rel|Berita Lainnya
rel|Rupiah Menguat Tipis di Awal Perdagangan Rabu
>sh|Bagikan
>rel|Tokoku Kripto2025/11/05 09:58
"""),

dict(id="vi-001", lang="vi", hard=False, opts="nofinal",
     notes="Vietnamese regional paper: masthead and section menu, date stamp above a short headline, ad "
           "label inside the story, bare author name and source credit at the end, related block, "
           "comment count and comment box. No final newline.",
     text="""
nav|Báo Miền Tây Online
nav|Thời sự | Kinh tế | Xã hội | Pháp luật | Thể thao
oth|Thứ Ba, 4/11/2025, 09:15 (GMT+7)
T|Thêm tuyến buýt sân bay
B|Từ ngày 15/11, thành phố Cần Thơ đưa vào khai thác tuyến xe buýt số 11 nối Bến xe trung tâm với Cảng hàng không quốc tế Cần Thơ, giá vé 15.000 đồng/lượt.
B|Theo Sở Xây dựng thành phố, tuyến dài khoảng 17 km, có 24 điểm dừng, tần suất 20 phút/chuyến, hoạt động từ 5h30 đến 21h30 hằng ngày.
oth|Quảng cáo
B|Tuyến buýt sử dụng 10 xe điện 40 chỗ, hỗ trợ thanh toán bằng thẻ ngân hàng và mã QR.
B|Trước đó, hành khách đi sân bay chủ yếu dùng taxi hoặc xe công nghệ, chi phí từ 120.000 đến 180.000 đồng mỗi lượt.
oth|Minh Khang
att|Theo Báo Miền Tây
rel|Tin liên quan
rel|Cần Thơ lắp thêm 200 nhà chờ xe buýt mới
rel|Sân bay Cần Thơ đón đường bay quốc tế thứ năm
com|Bình luận (3)
com|Gửi bình luận của bạn...
"""),

dict(id="ar-001", lang="ar", hard=False, opts="ws",
     notes="Gulf regional paper: masthead and breadcrumb, short headline above a 'City - Name' byline "
           "and a date stamp, inline 'read also' teaser, share label and row, agency credit, most-read "
           "block and a cookie notice. Trailing whitespace on some lines.",
     text="""
nav|الخليج اليوم
nav|الرئيسية > محليات
T|مكتبة عائمة في رأس الخيمة
oth|رأس الخيمة - سلمى الحمادي
oth|الثلاثاء 4 نوفمبر 2025 - 10:21 ص
B|افتتحت بلدية رأس الخيمة، أمس، أول مكتبة عامة عائمة على متن قارب خشبي تقليدي راسٍ في خور المعيريض، تضم أكثر من 3 آلاف كتاب باللغتين العربية والإنجليزية.
B|وقال مدير إدارة المكتبات في البلدية إن المكتبة ستفتح أبوابها يومياً من الرابعة عصراً حتى العاشرة مساءً، ويمكن للزوار استعارة الكتب مجاناً باستخدام بطاقة الهوية.
rel|اقرأ أيضاً: إطلاق مسار جديد للمشي على كورنيش القواسم
B|وأضاف أن المشروع يهدف إلى تشجيع القراءة لدى الأطفال والشباب، وتنظيم جلسات قرائية أسبوعية بمشاركة كتّاب من الإمارة.
B|ومن المقرر أن تنتقل المكتبة خلال فصل الصيف إلى مرسى آخر مظلل لتفادي ارتفاع درجات الحرارة.
sh|شارك
sh|فيسبوك | واتساب | إكس | نسخ الرابط
att|المصدر: وكالة أنباء الشمال
rel|الأكثر قراءة
rel|تحويلات مرورية مؤقتة على شارع الشيخ محمد بن سالم
rel|بدء التسجيل في المخيم الشتوي للأطفال بالإمارة
ck|يستخدم موقع الخليج اليوم ملفات تعريف الارتباط لتحسين تجربتك. موافق
"""),
]
