"""textset-dev33, writer B: other-language cases, part 2 (ru, tr, pl, id, vi, th, ar and the
hard-de / hard-ko cases): a Kazakh Russian-language portal, a Turkish site on a Sarajevo tram
line, a Polish town hall page, an Indonesian portal, a Vietnamese provincial paper without a
headline, a Chiang Mai haze report, a Moroccan dam-levels story."""

CASES = [
dict(id="ru-001", lang="ru", hard=False, opts="",
     notes="Kazakh Russian-language portal (Almaty): air-quality story. Tenge rate strip "
           "(ticker) on top, byline and stamp, inline 'Читайте также' (related), photo credit "
           "(attribution), Telegram prompt (newsletter) and a reuse-requires-link line (disclaimer).",
     text="""
tk|USD 498,72 ₸ ▲ | EUR 537,10 ₸ ▲ | RUB 5,41 ₸ ▼ | Нефть Brent $74,18
nav|Главная / Алматы / Экология
T|В Алматы запустят 40 новых постов мониторинга воздуха
oth|Айгерим Сатпаева, 05.12.2026, 14:27
B|Акимат Алматы до конца января установит 40 автоматических постов мониторинга качества воздуха, сообщили в управлении экологии города.
B|Посты будут измерять концентрацию мелкодисперсных частиц PM2.5 и PM10, а также диоксида азота.
B|Данные будут обновляться каждые 20 минут и появятся на карте в городском приложении.
rel|Читайте также: Зимой в Алматы вновь ограничат въезд грузовиков в центр
B|По словам экологов, сейчас в городе работает лишь 16 государственных постов, и большинство из них расположено в центральных районах.
B|Жители микрорайонов у подножия гор давно жалуются, что реальная ситуация со смогом у них хуже, чем показывает официальная статистика.
att|Фото: Данияр Кенжебеков
nl|Подписывайтесь на Telegram-канал «Алматы сегодня» — главные новости города без задержек
dis|Перепечатка материалов «Алматы сегодня» разрешена только с активной гиперссылкой на источник
"""),

dict(id="tr-001", lang="tr", hard=False, opts="single",
     notes="Turkish news site on a Sarajevo tram line built with Turkish financing (Balkans); "
           "agency credit (attribution), 'İlginizi çekebilir' list, share bar, comment prompt "
           "(comments) and a footer. Single newlines.",
     text="""
nav|Anasayfa > Dünya > Balkanlar
T|Saraybosna'da yeni tramvay hattı hizmete girdi
oth|Güncelleme: 06.12.2026 - 11:34
att|Kaynak: AA
B|Bosna Hersek'in başkenti Saraybosna'da, Türk bir şirketin inşa ettiği 4,2 kilometrelik yeni tramvay hattı düzenlenen törenle hizmete açıldı.
B|Hat, Ilidža ile Hrasnica arasında 7 durak içeriyor ve günde yaklaşık 25 bin yolcu taşıması bekleniyor.
B|Kanton Ulaştırma Bakanı Amira Hadžić, projenin şehrin batısındaki trafik yükünü önemli ölçüde azaltacağını söyledi.
B|Projenin finansmanı, uzun vadeli bir kalkınma kredisiyle sağlandı.
sh|Paylaş: Facebook Twitter WhatsApp Telegram
rel|İlginizi çekebilir
rel|Üsküp-Priştine otoyolunda son etaba geçildi
rel|Balkanlar'da kış turizmi rezervasyonları yüzde 30 arttı
com|Yorum yazmak için giriş yapın. (0 yorum)
oth|Haber Balkan © 2026 | Künye | İletişim
"""),

dict(id="pl-001", lang="pl", hard=False, opts="crlf",
     notes="Polish town hall news page: road closures with a list of detours kept as story; "
           "breadcrumb, print/share links, BIP-style record box (other: who produced and "
           "published), a 'back to news' link (navigation). CRLF.",
     text="""
nav|Urząd Miasta Skarżysko Dolne › Aktualności › Komunikaty
T|Zamknięcie ulicy Kolejowej od 9 grudnia
B|Informujemy, że od poniedziałku 9 grudnia do odwołania ulica Kolejowa na odcinku od ronda Solidarności do ulicy Fabrycznej będzie zamknięta dla ruchu.
B|Powodem jest wymiana sieci wodociągowej, prowadzona przez Miejskie Wodociągi.
B|Wyznaczono objazdy:
B|– dla samochodów osobowych: ulicami Leśną i Sportową,
B|– dla autobusów linii 3 i 7: ulicami Sportową i Polną, z tymczasowym przystankiem przy szkole nr 4.
B|Przepraszamy mieszkańców za utrudnienia.
sh|Drukuj | Wyślij e-mailem | Udostępnij
oth|Wytworzył: Wydział Inwestycji, Jan Barański
oth|Opublikował: Katarzyna Mróz, 05.12.2026 12:40
nav|« Wróć do listy aktualności
"""),

dict(id="id-001", lang="id", hard=False, opts="",
     notes="Indonesian portal: Bandung flood story. Doubled headline line glued to itself "
           "(duplicate_line) above the real headline, reporter and editor lines (other), two "
           "inline 'Baca Juga' teasers (related), a Google News prompt (newsletter) and tags.",
     text="""
dup|Banjir Rendam 4 Kecamatan di Kabupaten Bandung, Ribuan Warga MengungsiBanjir Rendam 4 Kecamatan di Kabupaten Bandung, Ribuan Warga Mengungsi
T|Banjir Rendam 4 Kecamatan di Kabupaten Bandung, Ribuan Warga Mengungsi
oth|Penulis: Rizky Firmansyah | Editor: Dewi Anggraini
oth|Sabtu, 6 Desember 2026 | 08:14 WIB
B|BANDUNG — Banjir setinggi hingga 1,5 meter merendam permukiman di empat kecamatan di Kabupaten Bandung setelah Sungai Citarum meluap, Jumat (5/12/2026) malam.
B|Badan Penanggulangan Bencana Daerah mencatat sekitar 3.200 warga mengungsi ke masjid, sekolah dan balai desa.
rel|Baca Juga: Tanggul Citarum Jebol, Jalan Provinsi Lumpuh Total
B|Kecamatan yang terdampak paling parah adalah Baleendah dan Dayeuhkolot.
B|"Air naik cepat sekali, kami cuma sempat menyelamatkan surat-surat," kata Euis (47), warga Baleendah.
rel|Baca Juga: Cuaca Ekstrem, BMKG Minta Warga Jabar Waspada hingga Akhir Pekan
B|Hingga Sabtu pagi, petugas masih mengevakuasi warga lanjut usia menggunakan perahu karet.
nl|Simak berita dan artikel lainnya dari Kabar Priangan di Google News
nav|Tag: banjir bandung · citarum · bpbd · baleendah
"""),

dict(id="vi-001", lang="vi", hard=False, opts="",
     notes="Vietnamese provincial paper (Can Tho) scraped without a headline: stamp and share "
           "bar on top, a 'Tin liên quan' list and a reprint note below, with a run of extra "
           "blank lines before the footer.",
     text="""
oth|Thứ Bảy, 06/12/2026 - 09:30
sh|Chia sẻ  Facebook  Zalo  In bài
B|Nông dân huyện Cờ Đỏ đang vào cao điểm thu hoạch lúa thu đông với năng suất bình quân 6,2 tấn/ha, cao hơn vụ trước khoảng 0,4 tấn.
B|Giá lúa tươi được thương lái thu mua tại ruộng dao động từ 7.200 đến 7.500 đồng/kg tùy giống.
B|Theo Phòng Nông nghiệp huyện, toàn huyện có hơn 11.000 ha lúa thu đông, đến nay đã thu hoạch được khoảng 40%.
B|Ông Trần Văn Lợi, nông dân xã Thới Xuân, cho biết nhờ áp dụng máy sạ cụm nên lượng giống giảm gần một nửa.
~
rel|Tin liên quan
rel|Cần Thơ: Khởi công cầu Ô Môn 2 nối đôi bờ sông Hậu
rel|Giá phân bón giảm, nông dân phấn khởi vào vụ đông xuân
dis|Báo Tây Đô Điện tử — Ghi rõ nguồn khi phát hành lại thông tin từ trang này
"""),

dict(id="th-001", lang="th", hard=False, opts="nofinal",
     notes="Thai regional news site: Chiang Mai haze. Cookie banner on top, AQI widget (other), "
           "byline stamp, share bar, a related list and a LINE follow prompt (newsletter). No "
           "final newline.",
     text="""
ck|เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถตั้งค่าหรือปฏิเสธคุกกี้ที่ไม่จำเป็นได้
ck|ยอมรับทั้งหมด
nav|ข่าวเหนือวันนี้ > เชียงใหม่
oth|คุณภาพอากาศเชียงใหม่ตอนนี้: PM2.5 87 มคก./ลบ.ม. ระดับเริ่มมีผลต่อสุขภาพ
T|เชียงใหม่ฝุ่นพุ่งเกินมาตรฐาน จังหวัดสั่งห้ามเผาในที่โล่ง 90 วัน
oth|โดย ทีมข่าวภูมิภาค | 7 ธ.ค. 2569 10:42 น.
B|จังหวัดเชียงใหม่ออกประกาศห้ามเผาในที่โล่งทุกชนิดเป็นเวลา 90 วัน ตั้งแต่วันที่ 10 ธันวาคมเป็นต้นไป หลังค่าฝุ่น PM2.5 เกินมาตรฐานติดต่อกัน 5 วัน
B|ผู้ฝ่าฝืนมีโทษจำคุกไม่เกิน 1 เดือน หรือปรับไม่เกิน 10,000 บาท
B|สำนักงานสาธารณสุขจังหวัดแนะนำให้ประชาชนสวมหน้ากาก N95 เมื่อออกนอกบ้าน และงดออกกำลังกายกลางแจ้ง
B|โรงเรียนในอำเภอเมืองบางแห่งเริ่มให้นักเรียนเรียนในห้องที่ติดเครื่องฟอกอากาศแล้ว
sh|แชร์ Facebook LINE X
rel|ข่าวที่เกี่ยวข้อง
rel|ลำพูนเปิดศูนย์รับแจ้งไฟป่า 24 ชั่วโมง
nl|เพิ่มเพื่อน LINE @khaonuea รับข่าวด่วนภาคเหนือก่อนใคร"""),

dict(id="ar-001", lang="ar", hard=False, opts="",
     notes="Moroccan news site: dam fill levels. Section label, byline, dam-level widget lines "
           "(ticker, as a figures strip), an inline 'اقرأ أيضا' (related), WhatsApp prompt "
           "(newsletter), comments count and a rights-reserved line.",
     text="""
nav|الرئيسية | مجتمع | اقتصاد | جهات | رياضة
tk|نسبة ملء السدود اليوم: 31,4% ▲ | سد الوحدة 46% | سد المسيرة 4,8%
T|الأمطار الأخيرة ترفع مخزون السدود إلى أعلى مستوى منذ عامين
oth|الرباط - سعاد الإدريسي | الجمعة 5 دجنبر 2026 - 17:40
B|أفادت وزارة التجهيز والماء بأن نسبة ملء السدود على الصعيد الوطني بلغت 31,4 في المائة إلى غاية صباح اليوم، مقابل 24 في المائة في الفترة نفسها من السنة الماضية.
B|وسجلت سدود حوض سبو أكبر ارتفاع، بفضل التساقطات المطرية التي عرفها شمال المملكة خلال الأسبوع الماضي.
rel|اقرأ أيضا: أمطار رعدية مرتقبة بعدد من مناطق المملكة نهاية الأسبوع
B|في المقابل، لا يزال سد المسيرة، ثاني أكبر سد في البلاد، عند مستوى متدن لا يتجاوز 4,8 في المائة.
B|وقال خبير في الموارد المائية إن هذه الأمطار "مشجعة لكنها لا تكفي لتعويض سنوات الجفاف المتتالية".
nl|تابعوا آخر الأخبار عبر قناتنا على واتساب
com|التعليقات (14)
dis|جميع الحقوق محفوظة لموقع الجهات 24 © 2026
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="single",
     notes="Hard: a regional savings bank starts crypto trading; the story gives bitcoin and ether "
           "prices (story), while the page carries a real crypto/index ticker, a not-advice note "
           "(disclaimer), an ad label and a share bar. Single newlines.",
     text="""
tk|DAX 19.842 +0,4 % | Bitcoin 56.910 € −1,1 % | Ether 2.948 € −0,6 % | Gold 2.412 €
nav|Wirtschaft › Geld & Finanzen
T|Sparkasse Oberland startet Kryptohandel in der App
oth|Von Tobias Hörmann | 04.12.2026, 07:30 Uhr | Lesezeit: 3 Min.
B|Als eine der ersten Sparkassen in Süddeutschland bietet die Sparkasse Oberland ihren Kundinnen und Kunden ab Montag den Handel mit Bitcoin und Ether direkt in der Banking-App an.
B|Beim Start kostete ein Bitcoin am Donnerstagmittag 56.910 Euro, ein Ether 2.948 Euro.
B|Die Gebühr liegt bei einem Prozent des Ordervolumens, mindestens aber bei einem Euro.
B|Vorstand Florian Leitner betonte, man wolle niemandem zum Kauf raten: „Wer Bitcoin kauft, muss auch einen Kursrückgang von 30 Prozent an einem Tag aushalten können.“
B|Verbraucherschützer sehen das Angebot kritisch und verweisen auf die starken Schwankungen.
sh|Teilen · Merken · Drucken
oth|Anzeige
dis|Hinweis: Die Kursangaben sind verzögert und stellen keine Anlageberatung oder Kaufempfehlung dar.
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: a court rules against a blog network that stripped papers' '무단 전재 및 재배포 "
           "금지' lines; the story quotes that line (story), while the page ends with its own "
           "no-reprint line (disclaimer), a reporter e-mail line (other), share bar, a related "
           "list and a comment prompt.",
     text="""
nav|한결일보 > 사회 > 법원·검찰
T|"기사 끝 '재배포 금지' 지우고 퍼나르기"…블로그 운영사 배상 판결
oth|입력 2026.12.03 15:11 | 수정 2026.12.03 16:02
B|언론사 기사를 통째로 복사해 게시하면서 기사 말미의 저작권 표시를 지운 블로그 운영사가 언론사들에 배상해야 한다는 판결이 나왔다.
B|서울중앙지법 민사12부는 지역 언론사 5곳이 블로그 플랫폼 운영사를 상대로 낸 손해배상 청구 소송에서 원고 일부 승소로 판결했다고 3일 밝혔다.
B|운영사는 기사 약 4천 건을 게시하면서 "<저작권자 ⓒ 각 언론사, 무단 전재 및 재배포 금지>"라는 문구를 자동으로 삭제한 것으로 조사됐다.
B|재판부는 "저작권 표시를 지운 것은 단순한 편집이 아니라 출처를 숨기려는 의도로 볼 수 있다"고 밝혔다.
B|배상액은 언론사별로 800만∼2천만원으로 정해졌다.
oth|김서윤 기자 syk@hangyeol.example
dis|<저작권자 ⓒ 한결일보, 무단 전재 및 재배포 금지>
sh|페이스북 트위터 카카오톡 링크복사
rel|많이 본 뉴스
rel|검찰, 전세사기 일당 23명 무더기 기소
com|댓글을 작성하려면 로그인하세요
"""),
]
