from make_cases import case

CASES = []
A = CASES.append

A(case("ja-001", "ja", "Japanese finance portal, single-newline file: Nikkei record close; menu, index box and timestamp on top; related articles, share buttons and a data-source notice at bottom.", """
nv|マネーポート トップ　マーケット　株式　為替　暗号資産
tk|日経平均 41,388.12 +329.80　TOPIX 2,874.51 +18.02　ドル円 151.24
T|日経平均、最高値を更新　輸出株に買い　円安が追い風
ot|2026年3月24日 15:35　マネーポート編集部
B|24日の東京株式市場で日経平均株価は続伸し、前週末比329円80銭高の4万1388円12銭と終値ベースの最高値を更新した。
B|外国為替市場で円相場が1ドル=151円台まで下落し、自動車や電子部品など輸出関連株に買いが入った。
B|東証プライムの売買代金は概算で4兆8200億円だった。
B|個別では、大和精機が決算発表を受けて8%高。一方、不動産株の一角は金利上昇を嫌気して売られた。
B|市場では「最高値圏でも過熱感は限定的」（国内証券ストラテジスト）との声が聞かれた。
rl|関連記事
rl|円安はどこまで進む？　為替介入の「防衛ライン」を探る
rl|新NISAの成長投資枠、3月の人気銘柄ランキング
sh|ポスト　シェア　はてブ　LINEで送る
di|株価・指数データは20分以上遅れて表示しています。情報提供：株価ネット
""", nl="single"))

A(case("hard-ja-001", "ja", "Hard: story about the FSA scrutinising crypto exchanges' account-opening campaigns; quotes campaign copy and lists campaign terms (story). The page carries its own real campaign banner, app prompt, risk notice and related links.", """
pr|【期間限定】いま口座開設でビットコイン1,000円分プレゼント！
T|金融庁、暗号資産交換業者の「口座開設キャンペーン」を調査　過度な勧誘を懸念
ot|2026/02/18 11:02　クリプトタイムズ
B|金融庁は、暗号資産交換業者が実施している口座開設キャンペーンについて、実態調査に乗り出した。
B|調査対象となった広告の一つには、こう書かれていた。
B|「口座開設だけで最大5,000円相当のビットコインがもらえる！」
B|しかし、実際の受け取り条件は次の通りだった。
B|・口座開設から30日以内に10万円以上を入金
B|・レバレッジ取引を3回以上行う
B|・付与されたビットコインは90日間出金不可
B|金融庁の担当者は「利用者がリスクを十分理解しないまま取引を始める恐れがある」と話している。
nv|アプリなら24時間いつでも取引できます［ダウンロード］
di|暗号資産は法定通貨ではありません。価格変動により損失が生じる可能性があります。取引の際はリスクを十分にご理解ください。
rl|あわせて読みたい
rl|レバレッジ倍率の上限、2倍から見直しへ？
"""))

A(case("ko-001", "ko", "Korean finance portal: KOSPI close; trailing whitespace; menu and index box on top; reporter e-mail, copyright/no-redistribution line, popular articles and comment prompt at bottom.", """
nv|홈　증권　부동산　경제　코인{sp}
tk|코스피 2,711.36 ▲10.82 (+0.40%)　코스닥 872.15 ▼3.04 (-0.35%)　원/달러 1,352.40{tab}
T|코스피, 외국인 순매수에 0.4% 상승…반도체 강세
ot|입력 2026.03.24 15:42{sp}
B|24일 코스피는 전 거래일보다 10.82포인트(0.40%) 오른 2,711.36에 장을 마감했다.
B|외국인이 유가증권시장에서 3,280억원어치를 순매수하며 지수를 끌어올렸다.{nbsp}
B|반도체 대형주가 상승을 주도했다. 한결반도체는 2.8%, 세진전자는 1.9% 올랐다.
B|반면 코스닥은 2차전지 종목 약세로 0.35% 내린 872.15에 마감했다.
B|원/달러 환율은 1,352.4원으로 2.1원 하락했다.
ot|김도윤 기자 dykim@moneyday.example{sp}
at|ⓒ 머니데이, 무단전재 및 재배포 금지
rl|많이 본 뉴스
rl|"금리 인하 기대" 은행주 일제히 반등
rl|개인 투자자, 3월에만 해외주식 2조원 순매수
cm|이 기사에 대한 의견을 남겨주세요{tab}
"""))

A(case("ko-002", "ko", "Korean crypto media: kimchi premium widens; exchange price table as lines in the middle; byline on top; sign-up event promo, Telegram pitch and investment caution at bottom.", """
T|'김치 프리미엄' 4%대로 확대…국내 거래소 거래대금 급증
ot|코인뉴스24 박서연 기자 | 2026-03-05 09:12
B|국내 거래소의 비트코인 가격이 해외보다 4% 이상 비싸게 거래되는 '김치 프리미엄'이 다시 확대됐다.
B|5일 오전 국내 주요 거래소에서 비트코인은 1억3642만원에 거래됐다. 해외 거래소 가격을 원화로 환산한 것보다 약 4.1% 높다.
tk|비트코인 | 국내 ₩136,420,000 | 해외 $96,880 | 김프 +4.1%
+tk|이더리움 | ₩5,318,000 | $3,790 | 김프 +3.6%
B|국내 5대 거래소의 24시간 거래대금은 9조8000억원으로 올해 들어 가장 많았다.
B|전문가들은 개인 투자자 매수세가 몰린 반면, 해외 송금 규제로 차익거래가 어려운 점을 원인으로 꼽았다.
B|한 거래소 관계자는 "프리미엄이 높을 때 추격 매수는 신중해야 한다"고 말했다.
pr|신규 가입 이벤트! 첫 거래 시 수수료 100% 페이백 (선착순 5,000명)
nl|텔레그램 채널 구독하고 실시간 시세 알림 받기
di|본 기사는 투자 권유가 아니며, 투자 판단에 대한 책임은 투자자 본인에게 있습니다.
"""))

A(case("id-001", "id", "Indonesian crypto news site: OJK crypto tax data; nav and ticker in rupiah on top; 'Baca juga' teaser in the middle; app download, disclaimer and tags at bottom.", """
nv|Beranda › Kripto › Regulasi
tk|BTC/IDR Rp1.592.300.000 (+1,2%) · ETH/IDR Rp62.140.000 (-0,4%) · USDT/IDR Rp16.420
T|OJK: Transaksi Kripto Kuartal I Tembus Rp148 Triliun, Pajak Naik 31%
ot|Dewi Anggraini - Senin, 14 April 2026 | 10:05 WIB
B|JAKARTA — Otoritas Jasa Keuangan (OJK) mencatat nilai transaksi aset kripto di Indonesia mencapai Rp148 triliun pada kuartal I 2026.
B|Angka itu naik 27% dibandingkan periode yang sama tahun lalu.
rl|Baca juga: Bitcoin Tembus Rp1,5 Miliar, Investor Muda Makin Agresif
B|Jumlah investor kripto terdaftar kini mencapai 24,1 juta orang.
B|Penerimaan pajak dari transaksi kripto tercatat Rp412 miliar, naik 31% secara tahunan.
B|"Kami akan memperketat pengawasan terhadap platform yang belum terdaftar," kata Kepala Eksekutif Pengawas Inovasi Teknologi Sektor Keuangan OJK, Rahmat Santosa.
nv|Unduh aplikasi KriptoKini di Google Play dan App Store
di|Disclaimer: Artikel ini bukan ajakan membeli atau menjual aset kripto. Keputusan investasi sepenuhnya ada di tangan pembaca.
nv|Tag: OJK, pajak kripto, regulasi
"""))

A(case("vi-001", "vi", "Vietnamese finance portal, single-newline file: VN-Index gains on bank stocks; index box, breadcrumb and time on top; related news, share bar and source credit at bottom.", """
nv|Trang chủ / Chứng khoán / Thị trường
tk|VN-Index 1.312,45 +9,87 (+0,76%) | HNX 238,14 +1,02 | UPCOM 98,66 -0,11
T|VN-Index tăng gần 10 điểm nhờ nhóm ngân hàng, thanh khoản cải thiện
ot|Thứ ba, 24/3/2026, 15:20 (GMT+7)
B|Kết thúc phiên 24/3, VN-Index tăng 9,87 điểm (0,76%) lên 1.312,45 điểm.
B|Giá trị khớp lệnh trên sàn HoSE đạt hơn 21.400 tỷ đồng, cao nhất hai tuần.
B|Nhóm ngân hàng dẫn dắt thị trường, trong đó cổ phiếu của Ngân hàng Phương Nam tăng 4,2%.
B|Khối ngoại quay lại mua ròng gần 310 tỷ đồng sau sáu phiên bán ròng liên tiếp.
B|"Mốc 1.320 điểm sẽ là thử thách tiếp theo," chuyên gia Trần Minh Khoa nhận định.
rl|Tin liên quan
rl|Tỷ giá USD/VND hạ nhiệt, áp lực lên chứng khoán giảm bớt
sh|Chia sẻ Facebook | Zalo | Sao chép liên kết
at|Theo Báo Đầu tư Việt
""", nl="single"))

A(case("th-001", "th", "Thai finance portal: SET index and Thai SEC crypto sandbox; nav and index box on top; Line follow pitch, risk warning and related news at bottom.", """
nv|หน้าแรก > ตลาดหุ้น > คริปโท
tk|SET 1,402.18 +6.55 (+0.47%) | SET50 921.37 +0.52% | USD/THB 33.84
T|ก.ล.ต. เปิดแซนด์บ็อกซ์ให้นักท่องเที่ยวแลกคริปโทเป็นเงินบาท ดัชนีหุ้นไทยบวกเล็กน้อย
ot|24 มี.ค. 2569 เวลา 17:10 น.
B|สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (ก.ล.ต.) อนุญาตให้ผู้ให้บริการ 3 รายทดลองให้นักท่องเที่ยวต่างชาติแลกเปลี่ยนคริปโทเป็นเงินบาทได้
B|วงเงินแลกเปลี่ยนสูงสุดไม่เกิน 500,000 บาทต่อคนต่อเดือน
B|โครงการจะเริ่มในจังหวัดภูเก็ตและเชียงใหม่เป็นเวลา 18 เดือน
B|ด้านดัชนี SET ปิดที่ 1,402.18 จุด เพิ่มขึ้น 6.55 จุด มูลค่าซื้อขาย 41,200 ล้านบาท
nl|แอดไลน์ @hoonthai รับข่าวหุ้นก่อนตลาดเปิดทุกเช้า
di|คำเตือน: สินทรัพย์ดิจิทัลมีความเสี่ยงสูง ผู้ลงทุนอาจสูญเสียเงินลงทุนทั้งจำนวน โปรดศึกษาข้อมูลก่อนตัดสินใจลงทุน
rl|ข่าวที่เกี่ยวข้อง
rl|ต่างชาติขายสุทธิหุ้นไทยต่อเนื่องเป็นสัปดาห์ที่ 3
"""))

A(case("ar-001", "ar", "Arabic Gulf finance portal: Tadawul close and Dubai VARA licences; trailing whitespace; nav and index box on top; related news, share bar, disclaimer and cookie notice at bottom.", """
nv|الرئيسية | الأسواق | العملات الرقمية{sp}
tk|تاسي 11,842.30 ▲0.6% | سوق دبي 5,214.77 ▲0.3% | برنت 78.41 دولار ▼1.1%{nbsp}
T|مؤشر السوق السعودية يرتفع 0.6% ودبي تمنح ترخيصين جديدين لمنصات الأصول الافتراضية
ot|الثلاثاء 24 مارس 2026 - 16:40{sp}
B|ارتفع المؤشر العام للسوق السعودية "تاسي" بنسبة 0.6% عند الإغلاق إلى 11,842 نقطة، بدعم من أسهم البنوك والبتروكيماويات.
B|وبلغت قيمة التداولات نحو 7.1 مليار ريال.
B|وفي دبي، منحت سلطة تنظيم الأصول الافتراضية ترخيصين تشغيليين جديدين لمنصتي تداول، ليرتفع عدد المنصات المرخصة إلى 27 منصة.
B|وقال المحلل سامر الحداد إن "وضوح التنظيم يجذب المزيد من السيولة المؤسسية إلى المنطقة".{tab}
rl|أخبار ذات صلة
rl|البيتكوين يتراجع دون 95 ألف دولار مع جني الأرباح
sh|شارك: واتساب | إكس | فيسبوك
di|إخلاء مسؤولية: المحتوى لأغراض إعلامية فقط ولا يمثل توصية بالشراء أو البيع.
ck|يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك. موافق
"""))
