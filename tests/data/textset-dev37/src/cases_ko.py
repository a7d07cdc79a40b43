"""textset-dev37, writer B: Korean cases (ko-001 .. ko-009, hard-ko-001, hard-ko-002).

Tagged line lists for ../../textset-dev20/src/make_cases.py (see its docstring): `TAG|line`,
`>TAG|line` joins with a single newline, `~` is a run of extra blank lines.
"""

CASES = [
dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Portal repost of a national paper (jeonse-fraud support), single newlines: portal menu, outlet name (attribution), subscribe-to-outlet button (newsletter), input/edit stamps, reporter byline and e-mail, action bar, no-reproduction line, reaction bar (share_bar), comment block, the outlet's ranking list.",
     text="""
nav|다온 뉴스　홈　정치　경제　사회　생활/문화　IT/과학　세계　랭킹
att|한빛일보
nl|언론사 구독하기
T|전세사기 피해자 주거 지원 1년 연장…공공임대 우선 공급
oth|입력 2026.12.03. 오전 10:14　수정 2026.12.03. 오전 11:02
oth|윤서진 기자
sh|공감　댓글　공유　글자크기
B|전세사기 피해자에 대한 정부의 주거 지원이 1년 더 연장된다.
B|국토교통부는 3일 이런 내용을 담은 ‘전세사기 피해 지원 보완 대책’을 발표했다. 올해 말 끝날 예정이던 긴급 주거 지원 기간을 2027년 12월까지 늘리고, 피해자에게 공공임대주택을 우선 공급하는 물량도 3000호에서 5000호로 확대한다.
B|피해자로 인정된 사람은 지난달 말 기준 2만 8천여 명으로, 이 가운데 수도권 거주자가 61%를 차지했다.
B|국토부 관계자는 “경매 절차가 길어지면서 집을 비워야 하는 피해자가 늘고 있다”며 “거주 불안을 줄이는 데 초점을 맞췄다”고 말했다.
oth|윤서진 기자 sjyoon@hanbitilbo.co.kr
dis|Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지.
sh|좋아요 14　훈훈해요 2　슬퍼요 31　화나요 57　후속기사 원해요 9
com|댓글 128
com|순공감순　최신순　공감비율순
com|이런 대책 나올 때마다 피해자들은 이미 다 쫓겨난 뒤임
com|답글 4　공감 212　비공감 8
rel|한빛일보 랭킹 뉴스
rel|1 ‘깡통전세’ 경고 지역 40곳 공개
rel|2 수도권 아파트 매매가 8주 연속 하락
"""),

dict(id="ko-002", lang="ko", hard=False, opts="crlf",
     notes="Regional paper brief (pear festival, four story lines), CRLF: masthead, menu, breadcrumb, reporter/stamp line, related and most-read lists, address and registration footer (other), a long no-reproduction notice. The [Paper=Reporter] opening of the first paragraph is story.",
     text="""
nav|영산강일보
nav|전체기사　정치　경제　사회　문화　스포츠　오피니언　지역
nav|홈 > 지역 > 나주
T|나주 배 축제, 14만 명 찾아 ‘역대 최다’
oth|기자명 박도윤 기자　입력 2026.11.09 17:40
B|[영산강일보=박도윤 기자] 지난 6일부터 사흘간 열린 ‘2026 나주 배 축제’에 역대 최다인 14만여 명이 다녀갔다.
B|나주시는 올해 처음 도입한 ‘배 따기 체험’ 프로그램이 가족 단위 관광객에게 인기를 끌면서 방문객이 지난해보다 2만 명 늘었다고 9일 밝혔다.
B|축제 기간 판매된 배와 가공품은 모두 9억 3천만 원어치로 집계됐다.
B|시는 내년 축제에서 주차장을 확충하고 셔틀버스 노선을 늘릴 계획이다.
rel|관련기사
rel|나주 배 수확 시작…올해 작황 ‘평년 수준’
rel|많이 본 뉴스
rel|광주 도시철도 2호선 1단계 개통 또 연기
rel|여수 해상케이블카 이용객 줄어…요금 인하 검토
oth|영산강일보　주소: 전라남도 나주시 금성로 45　대표전화: 061-338-4120
oth|등록번호: 전남 아00218　발행인: 정해원　청소년보호책임자: 오미란
dis|영산강일보의 모든 콘텐츠(영상, 기사, 사진)는 저작권법의 보호를 받는 바, 무단 전재와 복사, 배포 등을 금합니다.
"""),

dict(id="ko-003", lang="ko", hard=False, opts="ws",
     notes="Broadcaster news page (first snow in the capital region), trailing whitespace: masthead and menu, stamp, reporter, player controls, the broadcast script with [앵커]/[리포트] markers and the reporter's sign-off (all story), editor credit (attribution), KakaoTalk channel prompt (newsletter), tip-off contact line, copyright notice, most-viewed list.",
     text="""
nav|HBS 뉴스　최신　정치　경제　사회　날씨　영상
T|수도권 첫눈이 폭설로…출근길 곳곳 정체
oth|2026년 11월 27일 08시 12분
oth|이채윤 기자
oth|▶ 재생　0:00 / 1:58　음소거　자막
B|[앵커]
B|밤사이 수도권에 첫눈이 내렸는데, 많은 곳은 10cm 넘게 쌓였습니다. 출근길 도로 곳곳이 정체를 빚고 있습니다. 이채윤 기자입니다.
B|[리포트]
B|오늘 아침 7시 기준 적설량은 경기 양평 14.2cm, 서울 강북구 9.8cm, 인천 6.1cm입니다.
B|눈이 얼어붙으면서 서울 시내 주요 도로는 평소보다 시속 10km 이상 느려졌고, 도로 5곳은 한때 통제됐습니다.
B|기상청은 오늘 오후까지 눈이 1에서 3cm 더 내린 뒤 그치겠다며, 내일 아침에는 기온이 영하 7도까지 떨어져 빙판길이 많겠다고 예보했습니다.
B|HBS 뉴스 이채윤입니다.
att|영상편집: 김규민
nl|▷ 카카오톡 채널에서 HBS 뉴스를 추가하세요
oth|▷ 제보하기 : 전화 02-780-0000 / 이메일 jebo@hbs.co.kr
dis|저작권자 ⓒ HBS. 무단 전재, 재배포 및 AI 학습 이용 금지
rel|이 시각 많이 본 뉴스
rel|“차 두고 오세요”…서울시, 출근 시간 지하철 증편
"""),

dict(id="ko-004", lang="ko", hard=False, opts="nofinal",
     notes="Finance portal market close (KOSPI), no final newline: index/FX/gold strip, site menu, byline-stamp, a not-advice line, an ad label with its ad, a popular-stock-news block. The index figures inside the story are story.",
     text="""
tk|코스피 2,718.35 ▲12.40 +0.46%
tk|코스닥 768.92 ▼3.15 -0.41%
tk|원/달러 1,384.50 ▼4.20
tk|금 1g 128,940원 ▲0.8%
nav|머니온　증권　부동산　경제　산업　글로벌　마켓데이터
T|[마감시황] 코스피, 외국인 ‘사자’에 2710선 회복
oth|송하람 기자　2026-12-04 15:47
B|코스피가 외국인 순매수에 힘입어 이틀 만에 2710선을 회복했다.
B|4일 유가증권시장에서 코스피는 전 거래일보다 12.40포인트(0.46%) 오른 2718.35에 장을 마쳤다.
B|외국인이 2,310억 원어치를 순매수하며 지수를 끌어올렸고, 개인과 기관은 각각 1,870억 원, 520억 원어치를 팔았다.
B|업종별로는 전기·전자(1.3%), 운송장비(0.9%)가 올랐고 음식료(-1.1%)는 내렸다.
B|코스닥은 3.15포인트(0.41%) 내린 768.92로 마감했다. 원·달러 환율은 4.2원 내린 1,384.5원에 거래를 마쳤다.
dis|본 기사는 투자 참고용이며, 투자 판단에 따른 결과의 책임은 투자자 본인에게 있습니다.
oth|광고
oth|연 7% 적금? 조건 확인하고 바로 가입하세요
rel|실시간 인기 종목 뉴스
rel|반도체株 반등…“연말 랠리 기대는 아직”
"""),

dict(id="ko-005", lang="ko", hard=False, opts="",
     notes="Korean crypto news site (exchange listing): site menu, a three-line won price ticker joined by single newlines, outlet|reporter|stamp line, a member promo, a not-advice disclaimer, teaser block with Site+stamp lines, share row. The listing rules are story.",
     text="""
nav|블록와치 코리아　뉴스　시세　리서치　칼럼　이벤트
tk|BTC 1억 4,210만 원 -1.2%
>tk|ETH 492만 원 -2.4%
>tk|XRP 3,145원 +0.8%
T|원비트, 국내 게임사 토큰 ‘플레이룬’ 원화마켓 상장
oth|블록와치 코리아 | 정다은 기자 | 2026.12.02 14:20
B|가상자산 거래소 원비트가 국내 게임사 룬소프트의 토큰 ‘플레이룬(PLR)’을 원화마켓에 상장한다고 2일 밝혔다.
B|거래는 3일 오후 5시부터 지원되며, 입금은 상장 공지 직후부터 가능하다.
B|원비트는 상장 직후 5분간 매수 주문만 허용하고, 직전 가격보다 10% 이상 높은 매수 주문은 제한한다. 상장 초기 급등락을 막기 위한 조치다.
B|플레이룬은 룬소프트의 모바일 게임 3종에서 아이템 거래에 쓰이는 토큰으로, 전체 발행량 10억 개 가운데 약 22%가 유통되고 있다.
pr|🎁 블록와치 회원 전용: 제휴 거래소 가입하고 USDT 20개 받기
dis|본 기사는 정보 제공 목적으로 작성되었으며 특정 가상자산의 매수·매도를 권유하지 않습니다.
rel|블록와치 코리아2026/12/01 09:30
rel|비트코인, 美 금리 동결 기대에 반등 시도
rel|블록와치 코리아2026/11/30 21:05
rel|국내 거래소 11월 거래대금 18% 감소
sh|텔레그램　카카오톡　링크 복사
"""),

dict(id="ko-006", lang="ko", hard=False, opts="~",
     notes="District office press release (childcare costs for third children): skip link, masthead menu, breadcrumb, department/contact and date/views lines (other), attachment line, KOGL licence line (disclaimer), extra blank lines, satisfaction survey, previous/next links. The dash list items are story.",
     text="""
nav|본문 바로가기
nav|해송구청　소통·참여　분야별정보　구정소식　보도자료
nav|홈 > 구정소식 > 보도자료
T|해송구, 내년부터 셋째 자녀 어린이집 필요경비 전액 지원
oth|담당부서 여성가족과　담당자 한지우　연락처 032-560-4417
oth|등록일 2026-11-24　조회수 1,208
B|인천 해송구는 2027년 1월부터 셋째 이상 자녀가 다니는 어린이집의 필요경비를 전액 지원한다고 24일 밝혔다.
B|지원 대상 항목은 다음과 같다.
B|- 특별활동비(월 최대 8만 원)
B|- 현장학습비(연 최대 15만 원)
B|- 차량운행비(월 최대 3만 원)
B|구는 이번 사업으로 약 620명의 아동이 혜택을 받을 것으로 보고 있으며, 필요한 예산 5억 2천만 원을 내년도 본예산에 반영했다.
B|학부모가 따로 신청하지 않아도 어린이집이 구에 청구하면 지원금이 지급된다.
oth|첨부파일　보도자료(셋째아 필요경비 지원).hwpx [48KB]
dis|공공누리 제1유형: 출처표시 (상업적 이용 및 변경 가능)
~
oth|이 페이지에서 제공하는 정보에 대해 만족하십니까?　매우만족　만족　보통　불만족　매우불만족
nav|이전글　해송구, 겨울철 한파 쉼터 42곳 운영
nav|다음글　해송구 도서관, 야간 개방 시간 연장
"""),

dict(id="ko-007", lang="ko", hard=False, opts="",
     notes="Sports site (Gyeongju marathon): masthead and sections, byline-stamp, a photo caption with its credit followed by the scraper's second copy of it (duplicate_line), share link, related teasers, no-reproduction line. The ▲ ranking line is story.",
     text="""
nav|스포츠플러스 SP+
nav|야구　축구　농구　배구　골프　육상
T|경주국제마라톤, 케냐 키프로노 2시간 7분대 우승…국내 1위는 김태오
oth|최윤호 기자　입력 2026.10.18 13:22
C|18일 경북 경주에서 열린 2026 경주국제마라톤 남자부에서 우승한 조엘 키프로노가 결승선을 통과하고 있다. 사진=경주시
dup|18일 경북 경주에서 열린 2026 경주국제마라톤 남자부에서 우승한 조엘 키프로노가 결승선을 통과하고 있다. 사진=경주시
B|조엘 키프로노(케냐)가 18일 경북 경주 일원에서 열린 2026 경주국제마라톤 남자부에서 2시간 7분 44초로 우승했다.
B|키프로노는 35km 지점에서 선두 그룹을 벗어나 단독 질주를 시작했고, 2위 다위트 벨라이(에티오피아·2시간 8분 21초)를 37초 차로 따돌렸다.
B|국내 선수 중에서는 김태오(한울시청)가 2시간 11분 9초로 가장 빨랐다. 개인 최고 기록을 1분 가까이 앞당겼다.
B|여자부에서는 에티오피아의 하나 게브레가 2시간 24분 50초로 정상에 올랐다.
B|▲ 남자부 국내 순위 = ① 김태오 2:11:09 ② 박준서 2:13:47 ③ 이현승 2:14:02
sh|기사 공유하기
rel|[포토] 빗속 질주한 마스터스 참가자들
rel|‘한국 신기록’ 도전 선언한 김태오 “2시간 6분대 목표”
dis|ⓒ 스포츠플러스, 무단 전재 및 재배포 금지
"""),

dict(id="ko-008", lang="ko", hard=False, opts="single",
     notes="Farming paper Q&A interview (young strawberry farmer), single newlines: masthead, sections, words/photo credits and stamp with view count (other), an ad label and ad between Q&A pairs, newsletter sign-up, app-install prompt (navigation), popular-articles list. The '- question' and answer lines are story.",
     text="""
nav|푸른들신문
nav|농정　유통　축산　귀농귀촌　인터뷰　오피니언
T|[인터뷰] 스마트팜 딸기 농사 5년 차 청년농 서하늘 씨
oth|글 임소라 기자　사진 배준혁 기자
oth|2026.11.30 09:00　조회 2,341
B|전북 완주에서 딸기 스마트팜을 운영하는 서하늘(31) 씨는 5년 전 서울의 광고회사를 그만두고 고향으로 돌아왔다. 올해 매출 3억 원을 넘긴 그를 만났다.
B|- 귀농을 결심한 계기는.
B|“야근이 일상이던 시절, 주말에 부모님 밭일을 돕다 보니 오히려 쉬는 느낌이 들었다. 농사를 제대로 배워 보고 싶었다.”
oth|AD
oth|농기계 렌탈 최저가 비교는 팜마켓에서
B|- 처음부터 스마트팜이었나.
B|“첫해는 일반 비닐하우스였다. 온도 관리를 못 해 절반을 버렸다. 그 뒤 청년농 정책자금을 받아 온습도를 원격으로 조절하는 설비를 들였다.”
B|- 앞으로 계획은.
B|“주변 청년농 네 명과 공동 브랜드를 만들어 직거래 비중을 늘리려 한다.”
nl|푸른들신문 뉴스레터 구독하기 — 매주 월요일 농업 소식을 메일로
nav|푸른들신문 앱 설치하고 속보 알림 받기
rel|인기기사
rel|쌀값 하락에 농가 ‘시름’…정부 시장격리 검토
rel|귀농 5년 차 소득, 도시 가구의 82% 수준
"""),

dict(id="ko-009", lang="ko", hard=False, opts="nofinal",
     notes="Tech trade site scrape without a headline (HBM bonder), no final newline: cookie banner with its buttons, masthead and sections, stamp|byline, an ad label mid-story, newsletter pitch, hashtag list, copyright notice.",
     text="""
ck|이 웹사이트는 서비스 개선과 맞춤형 광고를 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.
ck|모두 허용　필수 쿠키만 허용　설정
nav|테크리더스
nav|반도체　디스플레이　배터리　모바일　AI　자동차 전장
oth|2026.12.02 | 한도경 기자
B|국내 반도체 장비업체 세온테크가 차세대 HBM용 열압착(TC) 본더 신제품을 개발하고 고객사 품질 검증에 들어갔다.
B|신제품은 한 번에 16단까지 칩을 쌓을 수 있으며, 접합 온도 편차를 기존 제품보다 40% 줄인 것이 특징이다.
oth|광고
B|세온테크는 내년 상반기 양산 공급을 목표로 하고 있다. 업계에서는 공급이 확정되면 연간 800억 원 이상의 매출이 추가될 것으로 본다.
B|회사 관계자는 “해외 장비에 의존하던 공정을 국산화하는 데 의미가 있다”고 말했다.
nl|매일 아침 반도체 업계 뉴스를 메일로 받아보세요. [무료 구독]
nav|#HBM #TC본더 #세온테크 #반도체장비
dis|<저작권자 © 테크리더스, 무단 전재 및 재배포 금지>
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: a crypto site reports a bitcoin crash; the hourly prices and the ether/solana figures are story lines, while the page carries a real price ticker with the same figures, a sign-up promo, a risk disclaimer and a comment block.",
     text="""
tk|BTC 1억 2,880만 -9.6%
>tk|ETH 438만 -12.1%
>tk|SOL 19만 8천 -14.3%
nav|코인포커스　뉴스　시세　분석　칼럼
T|비트코인 하루 새 1천만 원 넘게 ‘뚝’…레버리지 청산 2조 원
oth|민가은 기자 · 2026.12.05 09:12
B|비트코인 가격이 하루 만에 1천만 원 넘게 떨어졌다.
B|5일 국내 거래소 원비트에 따르면 비트코인은 오전 9시 기준 1억 2,880만 원으로, 24시간 전보다 9.6% 하락했다.
B|시간대별 가격은 다음과 같다.
B|- 4일 오전 9시: 1억 4,250만 원
B|- 4일 오후 11시: 1억 3,410만 원
B|- 5일 오전 3시: 1억 2,640만 원
B|이더리움은 12.1% 내린 438만 원, 솔라나는 14.3% 내린 19만 8천 원을 기록했다.
B|가상자산 데이터업체 집계로는 하루 동안 전 세계에서 2조 원 규모의 레버리지 포지션이 강제 청산됐다.
pr|지금 원비트 가입하면 첫 거래 수수료 무료 + 5천 원 상당 BTC 지급
dis|이 기사는 투자 권유가 아니며, 가상자산 투자는 원금 손실이 발생할 수 있습니다.
com|댓글 57
com|코린이123　어제 물렸는데 언제 오를까요
com|로그인 후 댓글을 작성할 수 있습니다.
"""),

dict(id="hard-ko-002", lang="ko", hard=True, opts="ws",
     notes="Hard: a tech paper reports fines on shops that sent ads as 'newsletters' without the (광고) label or a visible 수신거부 link; the story quotes those words and a 'subscribe to newsletter' button, while the page carries a real newsletter pitch and sign-up form, an ad label and a (광고) ad, share row and copyright line.",
     text="""
nav|데일리테크K　IT　통신　플랫폼　게임　정책
nl|📩 데일리테크K 뉴스레터 ‘테크브리핑’ 구독하고 매일 아침 IT 소식 받아보세요
T|“(광고) 표시 없이 뉴스레터로 홍보”…방통위, 쇼핑몰 12곳 과태료
oth|기자 남궁서윤　입력 2026.11.25 14:03
B|방송통신위원회는 광고성 정보를 전송하면서 법에 정한 표시를 지키지 않은 온라인 쇼핑몰 12곳에 과태료 총 1억 9천만 원을 부과했다고 25일 밝혔다.
B|이들 업체는 할인 쿠폰과 신상품 홍보 메일을 ‘주간 뉴스레터’라는 이름으로 보내면서 제목 앞에 ‘(광고)’ 표시를 하지 않았다.
B|일부 업체는 메일 하단의 ‘수신거부’ 링크를 흰 바탕에 흰 글씨로 처리해 사실상 보이지 않게 했다.
B|“뉴스레터 구독하기” 버튼을 누른 회원을 광고 수신에 동의한 것으로 처리한 업체도 있었다. 방통위는 뉴스레터 구독 동의와 광고 수신 동의는 따로 받아야 한다고 지적했다.
B|방통위 관계자는 “정보성 콘텐츠를 내세운 광고 메일이 늘고 있어 점검을 계속하겠다”고 말했다.
oth|광고
oth|(광고) 연말 노트북 특가 최대 40% 할인전
nl|뉴스레터 구독 신청　이메일 주소를 입력하세요　[구독]
sh|페이스북　X　카카오톡　URL 복사
dis|ⓒ 데일리테크K 무단전재-재배포, AI학습 및 활용 금지
"""),
]
