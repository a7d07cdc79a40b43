# Other-language cases of textset-dev7 (ja, ko, ru, uk, id, vi, th, ar).

CASES = [
dict(id="ja-001", lang="ja", notes="Japanese 2ch-summary (matome) blog: blog name, breadcrumb, entry stamp with category and comment count, >>1 post header, source-article URL, quoted replies with post headers, thread-source line, related and ranking block, bookmark/share row. Mixed newlines.", text="""
ot| 鉄道ニュース速報まとめ
^nv| トップ ＞ 鉄道 ＞ 地方私鉄
T| 【朗報】北陸の路面電車、新停留場「みなと公園前」を4月開業へ
ot| 2026年03月06日 12:30 | カテゴリ：鉄道ニュース | コメント(14)
ot| 1: 名無しさん＠鉄道板 2026/03/05(木) 18:02:11.45 ID:kT3r9xQa0
^B| 北陸海浜鉄道は5日、港町線に新停留場「みなと公園前」を4月18日に開業すると発表した。
^B| 新停留場は既存の「汐見町」と「港町三丁目」の間に設けられ、港町線の停留場は14か所になる。
^B| 周辺では昨年、大型商業施設と市立体育館が相次いで開業し、利用者の増加が見込まれている。
^B| 事業費は約3億2000万円で、国と県、市が一部を補助する。
^B| 同社の担当者は「1日あたり約1500人の利用を見込んでいる」と話している。
^at| https://hokuriku-shimpo.example/news/20260305-0418
co| 2: 名無しさん＠鉄道板 2026/03/05(木) 18:04:39.02 ID:p0Wm2Lzd0
^co| 停留場一つで3億か
co| 5: 名無しさん＠鉄道板 2026/03/05(木) 18:09:51.77 ID:Aa81kRt40
^co| 体育館のイベントの日は混みそう
at| 引用元：https://hayabusa.5ch.example/test/read.cgi/news/1772701331/
rl| 関連記事
^rl| 【悲報】ローカル線の終電、また繰り上げ
^rl| 新型LRT車両、今秋デビューへ
sb| はてなブックマーク　LINEで送る　ポスト
"""),

dict(id="hard-ja-001", lang="ja", notes="HARD: city-hall press page about machine-translation errors on the city's multilingual pages (story is about adding notices to auto-translated pages); the page itself carries a real machine-translation notice, skip link, text-size/colour controls, language switcher, page number, contact block and a was-this-useful survey. Subheading and bullet list in the story.", text="""
nv| 本文へ
nv| 文字サイズ 標準 拡大　背景色 白 黒 青
nv| Language: English / 中文 / 한국어 / Tiếng Việt / Português
di| ※外国語ページは機械による自動翻訳です。翻訳結果が正確でない場合があります。
nv| ホーム ＞ 市政情報 ＞ 報道発表
T| 自動翻訳の誤訳受け、市ホームページの多言語表示を見直し
ot| 更新日：2026年3月4日
ot| ページ番号：48213
B| 市は4日、ホームページの自動翻訳機能で誤訳が相次いだことを受け、多言語表示の運用を見直すと発表しました。
B| 2月、ごみの分別を案内するページで「燃やすごみ」が英語で「ごみを燃やしてください」と訳され、ベトナム語やポルトガル語でも同様の誤りが確認されました。
B| 市に寄せられた問い合わせは約40件にのぼりました。
B| 見直しの内容
B| ・ごみ、防災、税など12分野のページは職員による翻訳に切り替える
B| ・自動翻訳のページには、冒頭に分かりやすい注意書きを表示する
B| ・外国人住民モニター20人に翻訳の確認を依頼する
B| 市国際交流課は「注意書きを付けるだけで済ませず、重要な情報は正確に届けたい」としています。
ot| このページに関するお問い合わせ
ot| 国際交流課 多文化共生係　電話：0123-45-6789
ot| このページの情報は役に立ちましたか？
ot| 役に立った　どちらともいえない　役に立たなかった
"""),

dict(id="ko-001", lang="ko", notes="Korean portal-cafe post reposting a farm frost story: cafe name, cafe menu, board name, author/date/views line, source line, likes, comment count, share, report, one comment with date/reply link, list/prev/next nav, join-the-cafe pitch.", text="""
nv| 경북사과농민모임 〔카페〕
nv| 카페홈   전체글보기   농사정보   장터   자유게시판
nv| 농사정보
T| 영주·봉화 사과밭 봄 냉해… 개화기 앞두고 농가 '비상'
ot| 사과아저씨 ㅣ 2026.03.14. 07:52   조회 318
at| 출처: 경북농업신문
B| 경북 영주와 봉화 지역에 지난 주말 영하 5도 안팎의 추위가 이어지면서 꽃눈이 부풀기 시작한 사과나무에 냉해 피해가 확인됐다.
B| 영주시농업기술센터는 13일 관내 사과 과수원 40곳을 조사한 결과, 꽃눈 피해율이 평균 17%로 나타났다고 밝혔다.
B| 특히 저지대 과수원의 피해가 컸다.
B| 센터 관계자는 "개화기까지 아직 시간이 있어 적과 작업을 늦추고 상황을 지켜봐야 한다"고 말했다.
B| 시는 방상팬 설치비 지원을 올해 두 배로 늘리기로 했다.
ot| 좋아요 5
co| 댓글 12
sb| 공유
ot| 신고
co| 봉화농부 우리 밭도 꽃눈 속이 까맣게 변했네요 ㅠㅠ
co| 2026.03.14. 08:20 답글쓰기
nv| 목록   이전글   다음글
nl| 카페 가입하고 농사정보 새 글 알림 받기
"""),

dict(id="ko-002", lang="ko", final_nl=False, notes="Korean game-news site (indie festival), nothing before the story: reporter/input/edit stamp and font-size/share/scrap/print bar after the lead paragraph, reporter e-mail, follow-reporter pitch, no-reproduction rights notice, most-read block, then site name and nav at the very end. No final newline.", text="""
T| 부산 인디게임 축제 '인디 웨이브' 역대 최다 142개 팀 참가
B| 부산에서 열리는 인디게임 축제 '인디 웨이브 2026'에 역대 최다인 142개 팀이 참가한다.
ot| 최민지 기자 | 입력 2026.03.11 15:20 | 수정 2026.03.11 16:02
sb| 글씨크기   공유   스크랩   인쇄
B| 부산정보산업진흥원은 11일 올해 행사를 5월 22일부터 사흘간 벡스코에서 연다고 밝혔다.
B| 참가 팀 가운데 해외 팀은 38개로, 일본과 대만 팀이 가장 많았다.
B| 올해는 처음으로 1인 개발자 전용 전시관이 마련된다.
B| 심사위원장 박도현 교수는 "소규모 팀의 실험적인 작품이 크게 늘었다"고 말했다.
ot| 최민지 기자 mjchoi@gamefocus24.example
nl| 기자 구독하기
di| 저작권자 © 게임포커스24 무단전재 및 재배포 금지
rl| 많이 본 뉴스
rl| 1 모바일 MMORPG 신작, 사전예약 200만 돌파
rl| 2 e스포츠 대학리그 봄 시즌 개막
nv| 게임포커스24
nv| 뉴스 | 리뷰 | e스포츠 | 인디 | 모바일
"""),

dict(id="ru-001", lang="ru", nl="single", notes="Telegram channel repost (Yakutsk bridge traffic), no headline: channel name, 'Переслано из' line, legally required ad label with INN/erid, apartment ad, subscribe pitch, chat/send-news/boost links, views and time. Single newlines.", text="""
ot| Сибирь Оперативно
at| Переслано из: Новости Якутии | Без цензуры
B| В Якутске с 1 апреля изменят схему движения по Кольцевой дороге на время ремонта моста через Ойунскую протоку, сообщили в мэрии.
B| Работы продлятся до конца сентября.
B| Движение будет реверсивным: утром мост откроют только в сторону центра, вечером — в обратную.
B| Общественный транспорт пустят в объезд по улице Чиряева.
B| В мэрии пообещали разместить на подъездах к мосту табло с текущим режимом движения.
ot| Реклама. ООО «ДомСтрой-Саха», ИНН 1435000000. erid: 2VtzqvAbCdE
ot| 🏠 Квартиры в новостройке от 5,9 млн — ипотека от 6%
nl| 👉 Подписаться на Сибирь Оперативно
nv| Наш чат | Прислать новость | Бустить канал
ot| 👁 45.2K   14:32
"""),

dict(id="hard-ru-001", lang="ru", notes="HARD: news aggregator carrying a story about a court fining an aggregator for reprinting a paper's stories without a link (story quotes the 'Источник' label and the 'При копировании ссылка обязательна' notice); the page itself has a real 'Источник:' line, a must-link-when-copying notice, 'Читайте также' block and share row.", text="""
ot| НовостиРУ-Онлайн
nv| Главная / Общество / Медиа
at| Источник: «Вечерний Томск»
T| Суд взыскал с агрегатора 1,8 млн рублей за перепечатку новостей без ссылки
ot| 11.03.2026, 16:40   |   👁 2 304
B| Арбитражный суд Томской области обязал владельца новостного агрегатора выплатить газете «Вечерний Томск» 1,8 млн рублей за перепечатку 412 материалов без разрешения.
B| По данным истца, агрегатор публиковал тексты целиком через несколько минут после выхода оригинала.
B| Под каждым материалом стояла строка «Источник» с названием газеты, но без активной ссылки.
B| Суд указал, что подпись «При копировании ссылка обязательна» на сайте газеты не означает разрешения копировать тексты целиком.
B| Ответчик заявил, что обжалует решение.
B| Юристы называют дело одним из первых, где размер компенсации рассчитан по каждой перепечатке отдельно.
di| При полном или частичном использовании материалов ссылка на НовостиРУ-Онлайн обязательна.
rl| Читайте также:
rl| Роскомнадзор заблокировал 14 зеркал пиратских кинотеатров
rl| В Томске открылся новый коворкинг для журналистов
sb| Поделиться: ВКонтакте · Одноклассники · Telegram
"""),

dict(id="uk-001", lang="uk", notes="Ukrainian agri portal (early spring sowing): cookie banner at top, breadcrumb, date and author lines, inline 'Читайте також' teaser mid-story, quoted one-liner, Telegram subscribe pitch, share, tag line, partner-news header.", text="""
ck| Ми використовуємо файли cookie, щоб сайт працював як слід. Натискаючи «Погоджуюсь», ви даєте на це згоду.
ck| Погоджуюсь
nv| Головна / Новини / Рослинництво
T| Фермери Полтавщини почали сівбу ранніх ярих на тиждень раніше звичного
ot| 12 березня 2026, 10:45
ot| Автор: Оксана Гребенюк
B| Аграрії Полтавської області розпочали сівбу ярого ячменю та гороху, що приблизно на тиждень раніше, ніж зазвичай.
B| За даними обласного департаменту агропромислового розвитку, станом на 11 березня засіяно 14 тисяч гектарів.
B| Рання весна дозволила вийти в поле, однак запасів вологи в ґрунті менше, ніж торік.
rl| Читайте також: Ціни на насіння соняшнику зросли на 12%
B| «Ризикуємо, але зволікати теж не можна — волога йде щодня», — каже фермер із Лубенщини Іван Степаненко.
B| Загалом під ранні ярі культури в області планують відвести близько 190 тисяч гектарів.
nl| Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини агроринку
sb| Поділитися
nv| Теги: сівба, ячмінь, Полтавщина
rl| Новини партнерів
"""),

dict(id="id-001", lang="id", notes="Indonesian content-farm style news (chili prices): site name, breadcrumb, date, writer/editor line, standalone dateline, inline 'Baca Juga' teaser mid-story, quoted one-liner, source line, Google News/WhatsApp follow pitch, tag line, SEO keyword line.", text="""
ot| BeritaKini24.id
nv| Home › Ekonomi › Pangan
T| Harga Cabai Rawit di Jakarta Tembus Rp95 Ribu per Kilogram Jelang Ramadan
ot| Kamis, 12 Maret 2026 | 09:47 WIB
ot| Penulis: Tim Redaksi | Editor: Dimas Pratama
B| JAKARTA —
B| Harga cabai rawit merah di sejumlah pasar tradisional di Jakarta naik hingga Rp95.000 per kilogram, hampir dua kali lipat dibandingkan awal Februari.
rl| Baca Juga: Stok Beras Aman Hingga Lebaran, Kata Bulog
B| Kenaikan terjadi karena hujan deras di sentra produksi di Jawa Tengah dan Jawa Timur yang merusak tanaman.
B| Pedagang di Pasar Induk Kramat Jati, Sulastri, mengatakan pasokan berkurang sekitar 30 persen dalam dua pekan terakhir.
B| "Pembeli sekarang cuma beli seperempat, bukan sekilo lagi," ujarnya.
B| Dinas Ketahanan Pangan DKI berencana menggelar operasi pasar di 20 titik mulai pekan depan.
at| Sumber: Harian Ibu Kota
nl| Ikuti berita pilihan BeritaKini24 lewat Google News dan saluran WhatsApp kami
nv| Tags: harga cabai, cabai rawit, harga pangan, ramadan 2026, pasar kramat jati
ot| harga cabai hari ini, harga cabai rawit jakarta, harga cabai naik, info harga pangan terbaru
"""),

dict(id="vi-001", lang="vi", notes="Vietnamese aggregator (rice prices): gold/USD/Bitcoin ticker at top (crypto_ticker), doubled dek, nav, 'Nguồn:' line, time stamp, quoted one-liner, share row, 'Xem thêm' block, empty comment box.", text="""
ct| Giá vàng SJC: 92,5 – 94,8 triệu/lượng ▲   USD: 25.640 ▼   Bitcoin: 2,61 tỷ ▲
du| Nông dân miền Tây phấn khởi vì lúa được giá.Nông dân miền Tây phấn khởi vì lúa được giá.
nv| Trang chủ | Thời sự | Kinh tế | Nông nghiệp | Đời sống
T| Giá lúa Đồng bằng sông Cửu Long tăng mạnh sau khi Philippines mở lại nhập khẩu
at| Nguồn: Báo Nông Thôn Miền Tây
ot| 08:15 | 10/03/2026
B| Giá lúa tươi tại nhiều tỉnh Đồng bằng sông Cửu Long đã tăng 400 – 600 đồng/kg trong tuần qua, lên khoảng 6.800 – 7.200 đồng/kg.
B| Nguyên nhân chính là Philippines dỡ bỏ lệnh tạm ngừng nhập khẩu gạo từ ngày 1/3.
B| Tại An Giang, nhiều thương lái đặt cọc trước cho nông dân để giữ hàng vụ đông xuân.
B| Ông Trần Văn Lực, một nông dân ở huyện Thoại Sơn, cho biết: "Năm nay lúa được giá, bà con ai cũng mừng."
B| Hiệp hội Lương thực dự báo xuất khẩu gạo quý I có thể đạt 2,1 triệu tấn.
sb| Chia sẻ   Facebook   Zalo
rl| Xem thêm
rl| Giá sầu riêng giảm sâu, nhà vườn lo lắng
rl| Xuất khẩu cà phê tháng 2 đạt kỷ lục
co| Bình luận (0)
co| Hãy là người đầu tiên bình luận
"""),

dict(id="th-001", lang="th", notes="Thai news repost (durian exports), noise only after the story: time stamp, related block, share prompt, LINE/Facebook follow pitch, cookie notice with button. Trailing spaces on two lines.", text="""
T| ส่งออกทุเรียนไทยสองเดือนแรกพุ่ง 25% หลังจีนผ่อนคลายการสุ่มตรวจ{sp}
B| กรมวิชาการเกษตรเปิดเผยว่า การส่งออกทุเรียนสดของไทยในช่วงสองเดือนแรกของปีเพิ่มขึ้นร้อยละ 25 เมื่อเทียบกับช่วงเดียวกันของปีก่อน
B| ปัจจัยหลักมาจากการที่ทางการจีนลดความถี่ในการสุ่มตรวจสารตกค้างที่ด่านนำเข้า
B| เกษตรกรในจังหวัดจันทบุรีระบุว่าราคาหน้าสวนขยับขึ้นเป็นกิโลกรัมละ 165 บาท
B| "ปีนี้ถ้าไม่มีพายุเข้า ผลผลิตน่าจะดีกว่าปีที่แล้ว" นายสมชาย ทองดี เจ้าของสวนทุเรียนกล่าว
B| กรมฯ เตือนผู้ส่งออกให้ตรวจสอบใบรับรองแหล่งผลิตให้ถูกต้องก่อนส่งออก{sp}{sp}
ot| 10 มี.ค. 2569 เวลา 13:20 น.
rl| ข่าวที่เกี่ยวข้อง
rl| ราคายางพาราวันนี้ปรับขึ้นต่อเนื่อง
sb| แชร์ข่าวนี้
nl| ติดตามข่าวเกษตรได้ทาง LINE Official และ Facebook
ck| เราใช้คุกกี้เพื่อวิเคราะห์การเข้าชมและแสดงโฆษณาที่ตรงใจคุณ กด "ยอมรับ" เพื่อใช้งานต่อ
ck| ยอมรับ
"""),

dict(id="ar-001", lang="ar", notes="Arabic regional news site (solar desalination plant), noise only after the story: agency source line, date/time, 'اقرأ أيضاً' block, share row, Telegram follow pitch, section nav, copyright. Trailing spaces.", text="""
T| تشغيل أول محطة لتحلية المياه بالطاقة الشمسية في الساحل الجنوبي{sp}
B| بدأت محطة تحلية المياه الجديدة في مدينة رأس المرجان التشغيل التجريبي، وهي أول محطة في المنطقة تعمل بالكامل بالطاقة الشمسية.
B| وتبلغ الطاقة الإنتاجية للمحطة 60 ألف متر مكعب يوميا، تكفي لتزويد نحو 200 ألف نسمة بمياه الشرب.
B| وقال مدير المشروع المهندس سالم العبري إن تكلفة إنتاج المتر المكعب انخفضت بنسبة 30 في المئة مقارنة بالمحطات التقليدية.
B| ومن المقرر أن يبدأ التشغيل الكامل في يونيو المقبل.
at| المصدر: وكالة أنباء الخليج الجديد{sp}
ot| الثلاثاء 10 مارس 2026 - 11:30 ص
rl| اقرأ أيضاً
rl| ارتفاع أسعار الخضروات في الأسواق المركزية
sb| شارك الخبر: واتساب | تويتر | فيسبوك
nl| تابعونا على قناتنا في تيليجرام لآخر الأخبار
nv| الرئيسية | أخبار محلية | اقتصاد | رياضة
ot| جميع الحقوق محفوظة © 2026 الساحل اليوم
"""),
]
