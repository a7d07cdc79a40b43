"""textset-dev32, writer B: Japanese, Korean, Indonesian, Vietnamese and Thai pages (two each).

A regional paper's fish auction and a community paper's story on a city ending its mail
magazine (hard, quotes sign-up wordings), a TV station's exchange-rate report and a crypto
site's sell-off whose prices are story (hard, real ticker and promo too), an Indonesian flood
report with inline teaser and a gold-price list, a Vietnamese provincial repost without a
headline and a gold Q&A with a doubled caption, a Thai TV weather warning and a rubber-price
list on a farming site.
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Regional paper, first yellowtail auction; cookie notice and accept button on top, masthead and breadcrumb, published/updated stamps (other), '【氷見】' dateline kept in the first story line, ad label, share bar, related list and no-reproduction notice (disclaimer).",
     text="""
ck|当サイトではCookieを使用しています。このまま閲覧を続けると、Cookieの利用に同意したものとみなします。
ck|同意して閉じる
nav|越路新報デジタル
nav|ニュース ＞ 経済 ＞ 漁業
T|寒ブリ初競り、最高値1本68万円　氷見沖で豊漁続く
oth|2026年12月7日 11:32
oth|（2026年12月7日 12:05 更新）
B|【氷見】冬の味覚「寒ブリ」の初競りが7日早朝、氷見漁港で行われ、最高値は重さ14.2キロの1本で68万円を付けた。
B|今季は11月下旬から定置網への入網が続き、この日は約2100本が水揚げされた。
B|最高値で競り落としたのは金沢市の鮮魚店「魚清」。店主の岡島隆之さん（52）は「身の締まりが良く、脂の乗りも申し分ない」と話した。
B|同漁協によると、昨季の初競りの最高値は54万円だった。
oth|広告
sh|ポスト　シェア　はてブ　LINE
rel|関連記事
rel|能越道の一部区間、来春に4車線化へ
rel|高岡の老舗菓子店が閉店へ　創業120年
dis|掲載の記事・写真・図表などの無断転載を禁じます。著作権は越路新報社またはその情報提供者に帰属します。
"""),
dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: a community paper's story on a city ending its mail magazine for a LINE account, quoting the banner 'メルマガ登録はこちら' and the button 'LINEで友だち追加' inside story lines; the page's own newsletter box (pitch, e-mail field, button) is newsletter; read-time line (other), related, comment count and login prompt (comments), copyright (disclaimer).",
     text="""
nav|多摩ひろば新聞 ｜ 地域
T|市のメールマガジン、3月で配信終了　LINE公式アカウントに一本化
oth|2026/12/05 18:10　記者：丹羽 聡美
oth|この記事は約3分で読めます
B|東多摩市は5日、2004年から続けてきた市のメールマガジンの配信を来年3月末で終了し、情報発信をLINE公式アカウントに一本化すると発表した。
B|市のホームページには現在も「メルマガ登録はこちら」のバナーが掲載されているが、新規登録の受け付けは今月末で停止する。
B|メルマガの登録者は約1万2千人で、ピーク時の半分以下に減少。一方、LINE公式アカウントの友だち数は約4万8千人に上る。
B|市広報課は「『LINEで友だち追加』のボタンを広報紙にも載せ、移行を呼びかけたい」としている。
B|ただ、スマートフォンを持たない高齢者からは戸惑いの声も上がっており、市は紙の広報紙の全戸配布を続ける方針だ。
nl|多摩ひろば新聞のニュースレター（無料）を受け取る
nl|メールアドレスを入力
nl|登録する
rel|あわせて読みたい
rel|多摩川の河川敷に新たなサイクリングロード整備へ
com|コメント（4）
com|コメントを投稿するにはログインしてください
dis|Copyright © Tama Hiroba Shimbun. All Rights Reserved.
"""),
dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean TV station economy story (single newlines); masthead, breadcrumb, index/FX strip (crypto_ticker), input/updated stamp and reporter name (other), share/font/print bar, a one-sentence first paragraph (story), reporter e-mail and tip-off widget (other), no-reproduction line, numbered most-read list.",
     text="""
nav|KNS 한빛방송 뉴스
nav|홈 > 경제 > 금융
tk|코스피 2,874.15 ▲0.62%  코스닥 846.30 ▼0.21%  원/달러 1,386.50 ▼4.20
T|원·달러 환율 닷새 만에 1,380원대로 하락
oth|입력 2026.12.04 16:02  수정 2026.12.04 17:40
oth|한지우 기자
sh|공유하기  글씨크기  인쇄
B|원·달러 환율이 닷새 만에 1,380원대로 내려왔다.
B|4일 서울 외환시장에서 원·달러 환율은 전 거래일보다 4.2원 내린 1,386.5원에 주간 거래를 마쳤다.
B|미국 고용지표가 예상보다 부진하게 나오면서 달러화 약세가 나타났고, 외국인 투자자들이 국내 주식을 1조 원 넘게 순매수한 것도 환율 하락에 영향을 줬다.
B|시장에서는 다음 주 발표될 미국 소비자물가지수에 따라 환율 방향이 다시 정해질 것이라는 관측이 나온다.
oth|한지우 기자 hjw@hanbitnews.kr
oth|▶ KNS 제보하기: 카카오톡에서 '한빛방송 제보' 검색
dis|Copyright ⓒ KNS 한빛방송. 무단 전재, 재배포 및 AI 학습 이용 금지
rel|많이 본 뉴스
rel|1 연말 성과급 '반토막'…은행권 희망퇴직 신청 늘어
rel|2 서울 아파트 거래량 석 달 연속 감소
rel|3 소상공인 전기요금 지원 신청 내일 마감
"""),
dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: a crypto site's bitcoin sell-off story whose price lines (the same figures as the page's own strip) are story; the one-line price strip is crypto_ticker, an exchange sign-up offer is crypto_promo, plus a not-advice line (disclaimer), related teaser and share bar.",
     text="""
nav|코인데일리픽 | 시황
tk|BTC 123,400,000 ▼2.81%  ETH 4,512,000 ▼3.40%  XRP 3,215 ▼5.02%
T|비트코인 1억2천만 원대로 밀려…알트코인 낙폭 더 커
oth|노은채 기자 | 승인 2026.12.06 09:47
B|비트코인 가격이 주말 사이 3% 가까이 하락하며 1억2천만 원대로 밀려났다.
B|6일 오전 9시 기준 국내 한 거래소에서 비트코인은 24시간 전보다 2.81% 내린 1억2,340만 원에 거래됐다.
B|같은 시각 이더리움은 3.40% 내린 451만2,000원, 리플(XRP)은 5.02% 하락한 3,215원을 기록했다.
B|시장에서는 미국 연방준비제도의 금리 인하 기대가 약해진 데다, 대형 보유자의 거래소 입금이 늘어난 것을 하락 배경으로 꼽는다.
B|한 가상자산 리서치센터 연구원은 "1억2천만 원 선이 단기 지지선 역할을 할지가 관건"이라고 말했다.
pr|지금 가입하면 거래 수수료 50% 할인 + 1만 원 상당 쿠폰 증정
dis|이 기사는 특정 가상자산의 매수·매도를 권하지 않으며, 투자 결과에 대한 책임은 이용자에게 있습니다.
rel|함께 보면 좋은 기사
rel|금융위, 법인 가상자산 계좌 허용 범위 확대 검토
sh|카카오톡 공유 | 페이스북 | 링크 복사
"""),
dict(id="id-001", lang="id", hard=False, opts="ws",
     notes="Indonesian portal flood report, a longer piece with two in-story subheadings and a one-line quote (story); breadcrumb, byline-and-stamp line (other), an inline 'Baca juga' teaser mid-story (related_links), video prompt and editors' initials (other), tag list (navigation), WhatsApp channel prompt (newsletter), comment count and box, popular list.",
     text="""
nav|Warta Nusantara › Berita › Jabodetabek
T|Hujan Deras Semalam, Ratusan Rumah di Bekasi Utara Terendam Banjir
oth|Rizki Pratama - Sabtu, 05 Des 2026 07:41 WIB
B|Bekasi - Hujan deras yang mengguyur sejak Jumat (4/12) malam membuat ratusan rumah di Kecamatan Bekasi Utara terendam banjir dengan ketinggian air mencapai 80 sentimeter.
B|Kepala Pelaksana BPBD Kota Bekasi, Dedi Hermawan, mengatakan banjir dipicu meluapnya Kali Cibening yang tidak mampu menampung debit air.
rel|Baca juga: Jalur KRL Bekasi-Cikarang Sempat Tertahan Akibat Genangan
B|"Ada 420 kepala keluarga yang terdampak. Sebagian sudah kami evakuasi ke masjid dan balai warga," kata Dedi kepada wartawan, Sabtu (5/12/2026).
B|Hingga pagi ini, BPBD mengerahkan empat perahu karet dan membuka dua dapur umum.
B|Warga Bertahan di Lantai Dua
B|Sebagian warga memilih bertahan di rumah dan memindahkan barang ke lantai atas. Siti Aminah (46), warga Perumahan Taman Kencana, mengaku air mulai masuk sekitar pukul 02.00 WIB.
B|"Kami sudah biasa, tapi tahun ini airnya naik lebih cepat," ujarnya.
B|Pompa Air Sempat Mati
B|Camat Bekasi Utara, Yusuf Ramdani, menyebut salah satu rumah pompa di Jalan Perjuangan sempat mati karena gangguan listrik selama dua jam.
B|Petugas menargetkan genangan surut sepenuhnya pada Minggu (6/12) jika hujan tidak kembali turun.
oth|Tonton video: Detik-detik Air Masuk ke Permukiman Warga (02:14)
oth|(rzp/dhn)
nav|Tag: banjir bekasi, bpbd, cuaca ekstrem
nl|Gabung saluran WhatsApp Warta Nusantara untuk info terkini
com|Komentar (17)
com|Tulis komentar kamu di sini...
rel|Berita Terpopuler
rel|Harga Cabai Rawit Tembus Rp 90 Ribu per Kilogram
"""),
dict(id="id-002", lang="id", hard=False, opts="",
     notes="Indonesian business site gold-price page; cookie banner and button, masthead menu, a gold/FX/index strip (crypto_ticker), writer/editor and date lines (other), a price list one item per line (story), agency source (attribution), share bar and related list.",
     text="""
ck|Kami memakai cookie agar Anda mendapatkan pengalaman terbaik saat menjelajah situs kami.
ck|Oke, Mengerti
nav|KabarBisnis.id | Keuangan | Komoditas
T|Harga Emas Batangan Naik Rp 12.000, Kini Rp 2.184.000 per Gram
tk|Emas ALP Rp 2.184.000/gr ▲  |  USD/IDR 16.245 ▼  |  IHSG 7.412,58 ▲
oth|Penulis: Anindya Saraswati | Editor: Bagus Wicaksono
oth|Senin, 7 Desember 2026 | 09:20 WIB
B|JAKARTA - Harga emas batangan produksi PT Aneka Logam Persada naik Rp 12.000 menjadi Rp 2.184.000 per gram pada perdagangan Senin (7/12/2026).
B|Sementara itu, harga pembelian kembali (buyback) naik Rp 10.000 menjadi Rp 2.031.000 per gram.
B|Berikut rincian harga emas hari ini:
B|0,5 gram: Rp 1.142.000
B|1 gram: Rp 2.184.000
B|5 gram: Rp 10.695.000
B|10 gram: Rp 21.325.000
B|Pembelian emas batangan dikenakan PPh 22 sebesar 0,25 persen bagi pemegang NPWP.
att|Sumber: Kantor Berita Nusa
sh|Bagikan: Facebook Twitter WhatsApp Telegram
rel|Artikel Terkait
rel|Rupiah Menguat Tipis Jelang Rilis Data Inflasi
rel|OJK Catat Penyaluran Kredit UMKM Tumbuh 8 Persen
"""),
dict(id="vi-001", lang="vi", hard=False, opts="crlf",
     notes="Vietnamese provincial story reposted by an aggregator, no headline (CRLF); breadcrumb and date stamp on top, 'Theo ...' source (attribution), bare writer name (other), share bar, related list, comment count and button, reprint-credit rule (disclaimer).",
     text="""
nav|Trang chủ / Thời sự / Địa phương
oth|Thứ bảy, 05/12/2026 - 08:30
B|Sáng 5/12, UBND tỉnh Hà Tĩnh tổ chức lễ khởi công dự án nâng cấp tuyến đê biển Hải Thịnh với tổng mức đầu tư gần 480 tỷ đồng.
B|Tuyến đê dài 6,2 km, được thiết kế chịu được bão cấp 12, dự kiến hoàn thành vào cuối năm 2028.
B|Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Văn Khoa yêu cầu chủ đầu tư đảm bảo tiến độ, đặc biệt là các đoạn xung yếu trước mùa mưa bão năm 2027.
B|Theo người dân địa phương, mỗi mùa bão nước biển lại tràn qua đê cũ, gây ngập hàng trăm hộ dân.
att|Theo Báo Sông La
oth|Minh Châu
sh|Chia sẻ  Facebook  Zalo
rel|Tin liên quan
rel|Hà Tĩnh chủ động phương án ứng phó triều cường cuối năm
rel|Khánh thành cầu dân sinh nối hai xã vùng bãi ngang
com|Bình luận (0)
com|Gửi bình luận
dis|Ghi rõ nguồn "Tin Miền Trung" khi phát hành lại thông tin từ website này.
"""),
dict(id="vi-002", lang="vi", hard=False, opts="",
     notes="Vietnamese finance Q&A on buying gold; gold/FX/index strip (crypto_ticker), a photo caption followed by the same caption glued to itself (duplicate_line), Hỏi:/Đáp: lines (story), not-advice line (disclaimer), e-mail digest sign-up (newsletter), most-read list.",
     text="""
nav|Kinh Tế Sài Gòn Mới | Tài chính
tk|Vàng SJC 152,5 - 154,5 triệu/lượng | USD/VND 26.310 | VN-Index 1.284,6 ▲
T|Hỏi đáp: Có nên mua vàng nhẫn dịp cuối năm?
oth|Thanh Hà | 06/12/2026 10:15 GMT+7
C|Người dân xếp hàng mua vàng tại một cửa hàng trên đường Nguyễn Trãi. Ảnh: Quốc Bảo
dup|Người dân xếp hàng mua vàng tại một cửa hàng trên đường Nguyễn Trãi. Ảnh: Quốc BảoNgười dân xếp hàng mua vàng tại một cửa hàng trên đường Nguyễn Trãi. Ảnh: Quốc Bảo
B|Giá vàng nhẫn tuần qua tăng gần 2 triệu đồng mỗi lượng, khiến nhiều người băn khoăn có nên mua vào. Chúng tôi trao đổi với chuyên gia tài chính Trần Đức Minh.
B|Hỏi: Giá vàng nhẫn hiện nay đang ở mức nào?
B|Đáp: Sáng 6/12, vàng nhẫn 9999 được các doanh nghiệp niêm yết quanh 151 - 153,8 triệu đồng/lượng, tăng khoảng 1,3% so với đầu tuần.
B|Hỏi: Người mua nên lưu ý điều gì?
B|Đáp: Chênh lệch mua - bán vẫn ở mức 2,5 - 3 triệu đồng/lượng, nên người mua lướt sóng ngắn hạn rất dễ lỗ.
B|Hỏi: Vậy nên mua thế nào?
B|Đáp: Chỉ nên dùng tiền nhàn rỗi, chia nhỏ thời điểm mua và giữ vàng ít nhất một đến hai năm.
dis|Thông tin trong bài chỉ mang tính tham khảo, không phải khuyến nghị đầu tư.
nl|Đăng ký nhận bản tin tài chính mỗi sáng qua email
rel|Đọc nhiều nhất
rel|Lãi suất tiết kiệm tháng 12: nhiều ngân hàng tăng nhẹ kỳ hạn dài
"""),
dict(id="th-001", lang="th", hard=False, opts="",
     notes="Thai TV news site cold-weather warning; cookie banner and button, masthead/breadcrumb, Buddhist-era date stamp (other), share label and bar, LINE Official follow prompt (newsletter), related list.",
     text="""
ck|เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน อ่านนโยบายความเป็นส่วนตัว
ck|ยอมรับทั้งหมด
nav|สายฟ้านิวส์ หน้าแรก > ข่าวภูมิภาค
T|อุตุฯ เตือนภาคเหนือ-อีสาน อุณหภูมิลดลง 3-5 องศา ยอดดอยหนาวจัด
oth|7 ธ.ค. 2569 10:45 น.
B|กรมอุตุนิยมวิทยาประกาศเตือนว่า ความกดอากาศสูงระลอกใหม่จากประเทศจีนจะแผ่ลงมาปกคลุมภาคเหนือและภาคตะวันออกเฉียงเหนือในช่วงวันที่ 8-11 ธ.ค. นี้
B|ส่งผลให้อุณหภูมิลดลง 3-5 องศาเซลเซียส และมีลมแรง โดยยอดดอยอาจมีอุณหภูมิต่ำสุด 2-5 องศาเซลเซียส
B|ขอให้ประชาชนดูแลสุขภาพเนื่องจากอากาศเปลี่ยนแปลง และระวังอัคคีภัยเพราะสภาพอากาศแห้ง
B|ส่วนกรุงเทพมหานครและปริมณฑล อุณหภูมิต่ำสุด 20-22 องศาเซลเซียส
sh|แชร์ข่าวนี้
sh|Facebook  X  LINE
nl|ติดตามข่าวสารสายฟ้านิวส์ผ่าน LINE Official: @saifanews
rel|ข่าวที่เกี่ยวข้อง
rel|ผู้ว่าฯ เลย สั่งเตรียมพร้อมรับนักท่องเที่ยวช่วงปีใหม่
rel|ชาวนาสุรินทร์เร่งเก็บเกี่ยวข้าวหอมมะลิก่อนลมหนาว
"""),
dict(id="th-002", lang="th", hard=False, opts="single",
     notes="Thai farming site rubber-price page (single newlines); masthead, byline/date and read-time lines (other), a price list one item per line (story), data source (attribution), tag list, bare share, latest-articles list and a copyright/no-copying line (disclaimer).",
     text="""
nav|เกษตรก้าวหน้า | ราคาสินค้าเกษตร
T|ราคายางพาราวันนี้ ยางแผ่นดิบขยับขึ้นกิโลกรัมละ 1.20 บาท
oth|โดย กองบรรณาธิการ | วันจันทร์ที่ 7 ธันวาคม 2569
oth|เวลาอ่าน 2 นาที
B|ราคายางพาราประจำวันที่ 7 ธ.ค. 2569 ณ ตลาดกลางยางพาราควนเนียง ปรับตัวสูงขึ้นเมื่อเทียบกับวันทำการก่อนหน้า
B|ยางแผ่นดิบ 62.40 บาท/กก.
B|ยางแผ่นรมควันชั้น 3 66.85 บาท/กก.
B|น้ำยางสด 58.00 บาท/กก.
B|ยางก้อนถ้วย (DRC 100%) 49.50 บาท/กก.
B|ผู้ค้ารายหนึ่งระบุว่า ราคาที่ขยับขึ้นมาจากปริมาณผลผลิตที่ลดลงในช่วงฝนตกชุกทางภาคใต้
att|ที่มา: ศูนย์ข้อมูลราคายางควนเนียง
nav|แท็ก: ราคายาง, ยางพารา, ราคาสินค้าเกษตร
sh|แชร์
rel|บทความล่าสุด
rel|ราคาปาล์มน้ำมันวันนี้ ลานเทกระบะรับซื้อ 5.60 บาท
rel|ราคาหมูเป็นหน้าฟาร์ม สัปดาห์แรกธันวาคม
dis|สงวนลิขสิทธิ์ © 2569 เกษตรก้าวหน้า ห้ามคัดลอกเนื้อหาโดยไม่ได้รับอนุญาต
"""),
]
