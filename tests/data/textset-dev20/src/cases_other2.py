CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="", notes="French culture site, jazz festival line-up; caption with credit, programme lines kept as body, mid-story ad, run of blank lines, newsletter, share, related.", text="""
T|Le festival Jazz en Baie dévoile une affiche très féminine pour sa 20e édition
C|La saxophoniste Inès Boukari sur la scène du port en 2025. © Lucas Martel
B|Le festival Jazz en Baie, à Saint-Brieuc, a présenté mardi la programmation de sa vingtième édition, qui se tiendra du 10 au 14 juillet.
B|Pour la première fois, plus de la moitié des têtes d'affiche sont des femmes.
B|Au programme
B|Jeudi 10 : Inès Boukari Quartet
B|Vendredi 11 : Clara Weiss Trio
B|Samedi 12 : Orchestre national des jeunes
oth|Publicité
B|Les billets seront mis en vente le 2 avril, à partir de 18 euros.
B|« Vingt ans, ça se fête en musique et en équité », résume la directrice, Anne-Sophie Le Goff.
~
nl|Recevez chaque jeudi notre sélection de sorties culturelles. Je m'inscris
sh|Partager : Facebook · X · Courriel
rel|À lire aussi
rel|Fête de la musique : les villes bretonnes dévoilent leurs scènes
"""),

dict(id="hard-fr-001", lang="fr", hard=True, opts="", notes="Hard: story about influencers promoting crypto with referral codes and sign-up bonuses (quoted in body); the page carries a real crypto promo, ticker and disclaimer; all noise after the story.", text="""
T|L'AMF épingle des influenceurs qui promettent des « bonus de bienvenue » en cryptos
B|L'Autorité des marchés financiers a mis en demeure douze influenceurs qui faisaient la promotion de plateformes de cryptoactifs non enregistrées en France.
B|Les publications visées reprenaient souvent la même formule :
B|« Inscris-toi avec mon code et reçois 100 € en bitcoin offerts ! »
B|Selon l'AMF, ces offres cachaient des conditions de dépôt minimal de 1 000 euros.
B|Les influenceurs ont quinze jours pour retirer les contenus.
oth|Par Mathilde Roux — 13 mars 2026
pr|Offre partenaire : ouvrez un compte sur Lumio et recevez 20 € en BTC après votre premier achat.
tk|BTC 66 240 € ▼0,9 %   ETH 2 710 € ▼1,4 %
dis|Avertissement : les cryptoactifs sont risqués. Cet article ne constitue pas un conseil en investissement. CryptoHexagone peut percevoir une commission sur certains liens.
rel|Sur le même sujet
rel|MiCA : combien de plateformes ont obtenu leur agrément ?
"""),

dict(id="it-001", lang="it", hard=False, opts="ws", notes="Italian sports portal, volleyball; result widget, caption, set scores kept as body, share and comments, related. Bottom and top.", text="""
oth|Superlega · 22ª giornata
oth|Virtus Lagomare 3 – 1 Pallavolo Orvieto (25-21, 23-25, 25-19, 25-22)
T|Lagomare batte Orvieto e aggancia il secondo posto
C|Il palleggiatore Marco Fede esulta dopo il punto decisivo. (Foto Redazione)
B|La Virtus Lagomare ha battuto la Pallavolo Orvieto 3-1 davanti a 4.200 spettatori e ha agganciato il secondo posto in classifica.
B|Parziali:
B|25-21
B|23-25
B|25-19
B|25-22
B|Decisivo l'opposto Tommaso Greco, autore di 24 punti.
B|«Abbiamo sofferto, ma il gruppo è solido», ha detto l'allenatore Luca Benassi.
sh|Condividi su Facebook | WhatsApp | Telegram
com|Commenta la notizia
rel|Potrebbe interessarti: calendario dei playoff
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single", notes="Russian science news (single newlines); top nav, byline, 'read also' mid-story, subscribe-to-channel prompt, copyright. Top, middle and bottom.", text="""
nav|Главная / Наука / Космос
T|Новосибирские астрономы обнаружили редкую двойную систему белых карликов
oth|Анна Соколова, 12 марта 2026, 15:20
B|Астрономы Новосибирского университета обнаружили двойную систему из двух белых карликов, которые обращаются друг вокруг друга за 19 минут.
B|Расстояние до системы — около 1 600 световых лет.
rel|Читайте также: Телескоп на Алтае получил новую камеру
B|По расчётам учёных, через 40 миллионов лет звёзды сольются.
B|«Такие системы — источники гравитационных волн, которые смогут уловить будущие обсерватории», — пояснил руководитель группы Илья Верещагин.
B|Статья опубликована в журнале «Астрономический вестник».
nav|Подписывайтесь на наш канал в Телеграме
oth|© 2026 Сибирский научный вестник. Перепечатка только с разрешения редакции.
"""),

dict(id="uk-001", lang="uk", hard=False, opts="", notes="Ukrainian city news, outage schedule; schedule lines kept as body; middle promo for app, bottom related and attribution. No top noise.", text="""
T|У Житомирі оновили графік планових відключень світла на вихідні
B|Обленерго оприлюднило оновлений графік планових відключень електроенергії в Житомирі на 14–15 березня.
B|Відключення проводитимуть через ремонт підстанції на вулиці Київській.
B|Графік на суботу:
B|08:00–12:00 — черга 1
B|12:00–16:00 — черга 2
nav|Встановіть застосунок «Житомир Онлайн», щоб отримувати сповіщення про відключення
B|16:00–20:00 — черга 3
B|У неділю світло вимикатимуть лише для черги 2 з 10:00 до 14:00.
att|За інформацією пресслужби обленерго
rel|Читайте також
rel|Ремонт мосту на Хлібній завершать до травня
"""),

dict(id="tr-001", lang="tr", hard=False, opts="", notes="Turkish finance portal, lira and bitcoin; index/crypto tickers at top, byline, mid-story ad, disclaimer (yatırım tavsiyesi değildir), related.", text="""
tk|BIST 100 10.842 %0,74 | USD/TRY 38,21 | BTC/TRY 2.384.900 %-1,9
T|Bitcoin'de Türk yatırımcıların işlem hacmi mart ayında yüzde 30 arttı
oth|Ekonomi Servisi | 14.03.2026 10:05
B|Yerli kripto para platformlarında mart ayının ilk iki haftasında işlem hacmi, şubatın aynı dönemine göre yüzde 30 arttı.
B|Artışta liradaki değer kaybı etkili oldu.
oth|Reklam
B|Sermaye Piyasası Kurulu'nun verilerine göre lisans başvurusu yapan platform sayısı 62'ye ulaştı.
B|Analist Deniz Karaca, "Yatırımcı enflasyondan korunmak için alternatif arıyor" dedi.
dis|Burada yer alan bilgiler yatırım tavsiyesi değildir. Kripto varlıklar yüksek risk içerir.
rel|İlgili haberler
rel|Merkez Bankası faiz kararı ne zaman açıklanacak?
"""),

dict(id="pl-001", lang="pl", hard=False, opts="", notes="Polish health portal, no headline in scrape; cookie banner at top, symptom bullet list kept, newsletter and related at bottom.", text="""
ck|Ta strona korzysta z plików cookie w celach statystycznych i marketingowych. Kliknij „Rozumiem”, aby kontynuować.
ck|Rozumiem
B|Od kwietnia pacjenci z astmą w województwie małopolskim będą mogli skorzystać z bezpłatnych konsultacji telefonicznych z pulmonologiem.
B|Program obejmie 14 przychodni.
B|Na konsultację kwalifikują się osoby, które:
B|mają rozpoznaną astmę od co najmniej roku,
B|przyjmują leki wziewne codziennie,
B|trafiły w ostatnim roku na SOR z powodu duszności.
B|„Chcemy wyłapywać zaostrzenia, zanim pacjent trafi do szpitala” — mówi dr Agnieszka Lis.
nl|Zapisz się do newslettera Zdrowie Co Tydzień i otrzymuj porady lekarzy.
rel|Zobacz też: Sezon pylenia brzozy zacznie się wcześniej
"""),

dict(id="nl-001", lang="nl", hard=False, opts="nofinal", notes="Dutch regional site, cycling race cancelled due to storm; top+middle noise only (no bottom noise): weather warning strip, byline, mid-story related teaser and ad.", text="""
oth|Code oranje voor Zeeland en Zuid-Holland tot 18.00 uur
T|Wielerronde van Walcheren afgelast door zware storm
oth|Door Sanne de Wit · 15 maart 2026, 09:12
B|De Wielerronde van Walcheren, die zondag zou worden verreden, is afgelast vanwege de verwachte storm.
B|Het KNMI verwacht windstoten tot 110 kilometer per uur langs de kust.
rel|Lees ook: Stormschade in Vlissingen valt mee
oth|Advertentie
B|De organisatie bekijkt of de koers in mei alsnog kan worden gereden.
B|„De veiligheid van renners en publiek gaat voor", zegt organisator Kees Verhulst."""),

dict(id="id-001", lang="id", hard=False, opts="", notes="Indonesian crypto exchange news; doubled title, source credit, promo, squashed ticker, disclaimer, teaser stamps. Bottom-heavy.", text="""
T|OJK Terbitkan Aturan Baru Soal Promosi Aset Kripto di Media Sosial
dup|OJK Terbitkan Aturan Baru Soal Promosi Aset Kripto di Media Sosial
B|Otoritas Jasa Keuangan (OJK) menerbitkan aturan baru yang mewajibkan pedagang aset kripto mencantumkan peringatan risiko pada setiap iklan di media sosial.
B|Aturan ini berlaku mulai 1 Juli 2026.
B|Pedagang yang melanggar dapat dikenai denda hingga Rp 5 miliar.
B|"Iklan tidak boleh menjanjikan keuntungan pasti," kata juru bicara OJK, Rina Hapsari.
att|Sumber: Kabar Pasar Digital
pr|Daftar sekarang di TokoKoin dan dapatkan bonus Rp 100.000 untuk transaksi pertama!
tk|USDT LogoTether Harga(USDT)Rp16.412Rp16.412+0,03%IDR
dis|Catatan redaksi: konten ini bersifat informatif dan bukan rekomendasi investasi. Risiko transaksi kripto sepenuhnya ditanggung pembaca.
rel|Berita Terkait
rel|Transaksi kripto di Indonesia turun 12% pada Februari
rel|TokoKoin2026/03/12 17:40
"""),

dict(id="vi-001", lang="vi", hard=False, opts="crlf", notes="Vietnamese education news (CRLF) with no headline; top nav, exam schedule lines kept as body, share row, comments, related.", text="""
nav|Giáo dục › Tuyển sinh 2026 › Tin tức
B|Bộ Giáo dục và Đào tạo vừa công bố lịch thi tốt nghiệp THPT năm 2026, theo đó kỳ thi diễn ra trong hai ngày 25 và 26/6.
B|Lịch thi cụ thể:
B|Sáng 25/6: Ngữ văn
B|Chiều 25/6: Toán
B|Sáng 26/6: bài thi tự chọn
B|Chiều 26/6: Ngoại ngữ
B|Thí sinh đăng ký dự thi trực tuyến từ ngày 24/4 đến 5/5.
sh|Chia sẻ  Zalo  Facebook
com|Bình luận (12)
rel|Tin liên quan
rel|Nhiều trường đại học công bố phương án tuyển sinh riêng
"""),

dict(id="th-001", lang="th", hard=False, opts="single", notes="Thai tourism news (single newlines); caption, byline, LINE follow prompt, tags, related. Top and bottom.", text="""
nav|ข่าวท่องเที่ยว
T|เชียงรายเตรียมจัดเทศกาลดอกพญาเสือโคร่ง คาดนักท่องเที่ยวกว่า 2 แสนคน
C|ดอกพญาเสือโคร่งบานสะพรั่งบนดอยแม่สลอง ภาพ: สำนักงานท่องเที่ยวจังหวัด
oth|โดย กองบรรณาธิการ | 10 ม.ค. 2569
B|จังหวัดเชียงรายเตรียมจัดเทศกาลชมดอกพญาเสือโคร่งระหว่างวันที่ 20 มกราคมถึง 10 กุมภาพันธ์
B|คาดว่าจะมีนักท่องเที่ยวมากกว่า 200,000 คน
B|ทางจังหวัดจะเปิดรถรับส่งฟรีจากตัวเมืองไปยังดอยแม่สลองทุกวัน
B|ผู้ว่าราชการจังหวัดกล่าวว่า "ขอให้นักท่องเที่ยวช่วยกันรักษาความสะอาด"
nav|แท็ก: เชียงราย, ท่องเที่ยว, ดอกไม้
nav|เพิ่มเพื่อนใน LINE เพื่อรับข่าวก่อนใคร
rel|ข่าวที่เกี่ยวข้อง
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal", notes="Arabic finance/crypto portal, Gulf regulator; ticker at top, byline, mid-story 'read also', disclaimer, related. Top, middle, bottom.", text="""
tk|بيتكوين 61,940$ ▼1.7% | إيثريوم 2,905$ ▼2.3%
T|هيئة السوق في أبوظبي تمنح ترخيصا لمنصة جديدة لتداول الأصول الرقمية
oth|دبي – خاص | 16 مارس 2026
B|منحت هيئة تنظيم الخدمات المالية في سوق أبوظبي العالمي ترخيصا كاملا لمنصة «رمال» لتداول الأصول الرقمية.
B|وتستطيع المنصة بموجب الترخيص تقديم خدماتها للمستثمرين الأفراد والمؤسسات.
rel|اقرأ أيضا: ارتفاع أحجام تداول العملات المستقرة في الخليج
B|وقال الرئيس التنفيذي للمنصة سالم الكعبي إن الشركة تخطط لإطلاق خدماتها في الربع الثالث.
B|وتعد هذه المنصة السابعة التي تحصل على ترخيص في السوق.
dis|إخلاء مسؤولية: المحتوى المنشور لأغراض إعلامية فقط ولا يعد نصيحة استثمارية.
rel|أخبار ذات صلة"""),
]
