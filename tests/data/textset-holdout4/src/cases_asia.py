from make_cases import case

case("ja-001", "Japanese portal local news, single newlines: header menu, source and time, story, related links, comment prompt, copyright.", """
nv|トップ　速報　ライブ　エンタメ　スポーツ　地域
T|長野・松本市、市営バスにキャッシュレス決済を導入へ
ot|4/16(木) 11:02配信　信州ローカル新聞
B|長野県松本市は、市営バス全路線で7月からクレジットカードのタッチ決済を導入すると発表した。
B|観光客の多い路線から順次始める。
B|対象は約120台。
B|市によると、導入費用は約1億4千万円で、国の補助金を活用する。
B|現金での支払いも引き続き利用できる。
rl|【関連記事】
rl|松本城周辺で観光バスの乗り入れ規制を検討
cm|コメントを書く
dc|Copyright © 2026 信州ローカル新聞社 記事の無断転載を禁じます。
""", nl="single")

case("ja-002", "Japanese crypto news site: category label, byline, story with price lines kept, one-line ticker, promo, disclaimer, ranking list.", """
nv|ニュース > 暗号資産 > 市況
T|ビットコイン、円建てで1000万円台を回復　米利下げ観測で
ot|文：川村 遥　2026年3月11日 18:30
B|暗号資産（仮想通貨）ビットコインは11日、円建てで1000万円台を約2週間ぶりに回復した。
B|米国の早期利下げ観測が強まったことが背景にある。
B|国内取引所の主な価格（18時時点）：
B|BTC　1,012万円
B|ETH　47.3万円
B|市場関係者は「年度末に向けて売りが出やすい」と慎重な見方も示した。
tk|BTC/JPY ¥10,120,400 +2.84%　ETH/JPY ¥473,150 +1.92%　XRP/JPY ¥352.4 +0.6%
pr|今なら口座開設で1500円相当のビットコインをプレゼント
dc|※本記事は情報提供を目的としたものであり、投資勧誘を意図するものではありません。投資判断はご自身の責任で行ってください。
rl|アクセスランキング
+rl|1　イーサリアム大型アップデートの日程が決定
+rl|2　国内取引所、ステーキング手数料を引き下げ
""")

case("hard-ja-001", "Hard: portal ends comment sections on news articles (quotes the replacement message and comment counts); page carries real comment widgets.", """
nv|ニュース　経済　IT　ライフ
T|大手ポータル「ハルカニュース」、ニュース記事のコメント欄を廃止へ
B|ポータルサイト「ハルカニュース」は、ニュース記事に設けているコメント欄を6月末で廃止すると発表した。
B|廃止後は「この記事へのコメントは受け付けていません」と表示される。
B|同社によると、昨年削除したコメントは約430万件に上った。
B|誹謗中傷への対策費用が年々増えていたという。
B|一方で、利用者からは「議論の場がなくなる」との声も出ている。
cm|コメント（1,204件）
cm|みんなの意見を見る
sh|シェア　ポスト　LINEで送る
""")

case("ko-001", "Korean crypto news: reporter line, story with exchange data list, ticker box, promo, disclaimer, popular-article list, copyright line.", """
nv|홈 > 코인 > 시황
T|비트코인 1억원 재돌파…업비트 거래대금 하루 새 40% 늘어
ot|입력 2026.03.05 14:22　수정 2026.03.05 15:01
ot|한도윤 기자
B|비트코인 가격이 5일 국내 거래소에서 1억원을 다시 넘어섰다.
B|업비트 기준 오후 2시 비트코인은 1억 180만원에 거래됐다.
ot|광고
B|주요 코인 시세
B|이더리움 472만원
B|리플 3,410원
B|솔라나 22만 6천원
B|시장에서는 미국 현물 ETF로의 자금 유입이 가격을 끌어올린 것으로 보고 있다.
tk|BTC 101,800,000 ▲2.14%　ETH 4,720,000 ▲1.05%
pr|지금 가입하면 거래 수수료 30일 무료
dc|본 기사는 투자 권유가 아니며, 투자 판단의 책임은 투자자 본인에게 있습니다.
rl|많이 본 뉴스
+rl|가상자산 과세 유예 법안 국회 통과
+rl|스테이블코인 발행 가이드라인 발표
ot|ⓒ 코인타임즈, 무단전재 및 재배포 금지
""")

case("ko-002", "Korean baseball report, single newlines: scoreboard widget, inning-by-inning short lines kept, share and comment bar, tags.", """
ot|KBO 오늘의 경기　LG 4 : 2 KT　종료
T|LG, 김태준 결승 투런포로 KT 꺾고 3연승
B|LG 4-2 KT (잠실)
B|승리투수: 임지환
B|세이브: 고우석진
B|LG는 6회 김태준의 2점 홈런으로 승부를 뒤집었다.
B|KT는 선발 박성민이 5이닝 2실점으로 호투했지만 불펜이 흔들렸다.
B|"직구만 노리고 있었다." 김태준은 경기 후 이렇게 말했다.
sh|공유하기　카카오톡　페이스북　링크복사
cm|댓글 37
nv|#KBO #LG트윈스 #KT위즈
""", nl="single")

case("id-001", "Indonesian crypto news: menu, byline, story with price list, ticker strip, promo, OJK-style disclaimer, read-also inline teaser mid-story.", """
nv|Beranda | Kripto | Saham | Edukasi
T|Harga Bitcoin Tembus Rp1,1 Miliar, Investor Ritel Kembali Ramai
ot|Penulis: Dimas Prakoso | Selasa, 10 Maret 2026 13:40 WIB
B|Harga Bitcoin menembus Rp1,1 miliar pada Selasa siang di bursa kripto lokal.
B|Jumlah transaksi harian di Indonesia naik 35% dibanding pekan lalu.
rl|Baca Juga: Bappebti Catat 22 Juta Investor Kripto Terdaftar
B|Harga aset kripto utama pukul 13.00 WIB:
B|BTC: Rp1.104.500.000
B|ETH: Rp54.210.000
B|Analis Rina Saputri menilai kenaikan ini didorong sentimen global.
tk|BTC/IDR 1.104.500.000 +2,4% | ETH/IDR 54.210.000 +1,1%
pr|Daftar sekarang dan dapatkan bonus saldo Rp50.000 untuk transaksi pertama!
dc|Disclaimer: Artikel ini bukan ajakan membeli atau menjual aset kripto. Segala keputusan investasi sepenuhnya menjadi tanggung jawab pembaca.
""")

case("vi-001", "Vietnamese business news: breadcrumb, time stamp, story on exporters, quote box (gold and FX), related list, share row. Trailing whitespace.", """
nv|Báo Kinh tế Sài Gòn » Thị trường » Nông sản
ot|Thứ năm, 12/3/2026, 09:15 (GMT+7)
T|Xuất khẩu cà phê quý I đạt 1,9 tỷ USD nhờ giá cao kỷ lục
B|Kim ngạch xuất khẩu cà phê của Việt Nam trong quý I ước đạt 1,9 tỷ USD, tăng 28% so với cùng kỳ.
B|Sản lượng lại giảm khoảng 9% do thời tiết khô hạn ở Tây Nguyên.
B|Giá robusta xuất khẩu bình quân đạt hơn 5.600 USD mỗi tấn.
B|Hiệp hội Cà phê dự báo giá sẽ hạ nhiệt từ quý III.
tk|Vàng SJC 92,1 triệu ▲0,3 | USD/VND 25.480 ▼10 | VN-Index 1.312,4 ▲5,2
rl|Tin liên quan
+rl|Giá sầu riêng giảm mạnh khi vào vụ
+rl|Doanh nghiệp thủy sản lo ngại thuế mới
sh|Gửi bài này qua Zalo ☐ Facebook ☐ Email
""", ws=True)

case("th-001", "Thai tourism news, single newlines: menu, byline, festival facts list kept, LINE follow prompt, related list, cookie notice at foot.", """
nv|หน้าแรก | ข่าว | ท่องเที่ยว | ไลฟ์สไตล์
T|เชียงใหม่เตรียมจัดงานลอยกระทงปลอดโฟม ตั้งเป้านักท่องเที่ยว 2 แสนคน
ot|โดย กองบรรณาธิการ | 2 ต.ค. 2569 10:45 น.
B|จังหวัดเชียงใหม่ประกาศจัดงานยี่เป็งปีนี้ภายใต้แนวคิดปลอดโฟมทั้งหมด
B|กระทงที่ขายในงานต้องทำจากวัสดุธรรมชาติเท่านั้น
ot|โฆษณา
B|กำหนดการสำคัญ:
B|15 พ.ย. ขบวนแห่โคมยี่เป็ง
B|16 พ.ย. ปล่อยโคมที่จุดที่กำหนด
B|ผู้ว่าราชการจังหวัดกล่าวว่า จะมีการตรวจโดรนในพื้นที่ใกล้สนามบินอย่างเข้มงวด
nv|เพิ่มเพื่อนทาง LINE รับข่าวเที่ยวก่อนใคร
rl|ข่าวที่เกี่ยวข้อง
rl|สายการบินเพิ่มเที่ยวบินเชียงใหม่ช่วงปลายปี
ck|เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การใช้งานและนำเสนอเนื้อหาที่เหมาะสม ยอมรับ ตั้งค่า
""", nl="single")

case("ar-001", "Arabic economy news: menu, byline and date, story with dateline and figures, social share row, most-read list, copyright. No final newline.", """
nv|الرئيسية | اقتصاد | سياسة | رياضة | منوعات
T|سلطنة عمان تطلق أول مزاد لمشروعات الهيدروجين الأخضر في الدقم
ot|كتب: سالم الحارثي — الأربعاء 18 مارس 2026
B|مسقط —
B|أعلنت وزارة الطاقة والمعادن العمانية عن طرح ثلاث مناطق جديدة لمشروعات الهيدروجين الأخضر في الدقم.
B|وقالت الوزارة إن المساحة الإجمالية تبلغ نحو 1,500 كيلومتر مربع.
B|ومن المتوقع الإعلان عن الشركات الفائزة قبل نهاية العام.
B|وقال مسؤول في الوزارة: «نريد أن نكون مركزاً إقليمياً للطاقة النظيفة».
sh|شارك: فيسبوك | واتساب | تيليجرام
rl|الأكثر قراءة
+rl|ارتفاع أسعار الذهب في الأسواق الخليجية
+rl|افتتاح خط ملاحي جديد بين صلالة ومومباي
dc|جميع الحقوق محفوظة © 2026 الخليج الاقتصادي
""", final_nl=False)
