# Japanese and Korean cases of textset-dev6 (portals, national papers, TV stations). See make_cases.py.
from make_cases import case

JA = [

case("ja-001", "ja", "Yahoo-style portal page carrying a regional paper's story on bear sightings; single "
     "newlines; portal menu, title doubled on the next line (duplicate_line), 配信 stamp and source "
     "paper credit on top; related links, comment counter, last-updated stamp and copyright at the "
     "bottom.", """
nv ヒノデ!ニュース
nv トップ　速報　ライブ　エキスパート　オリジナル　みんなの意見　ランキング
T 住宅街でクマ目撃相次ぐ　横手市、小中学校で集団下校
dp 住宅街でクマ目撃相次ぐ　横手市、小中学校で集団下校
ot 11/6(木) 18:42配信
at 秋田みなみ新聞
B 秋田県横手市の住宅街で６日、クマの目撃が相次いだ。
B 市によると、午前７時ごろから午後３時までに計５件の通報があり、いずれも体長約１メートルの成獣とみられる。
B 市内の小中学校９校は集団下校の措置を取り、保護者に迎えを依頼した。
B 現場近くに住む７０代の女性は「庭の柿の木の下にいた。こんな街中で見たのは初めて」と話した。
B 市は箱わなを３基設置し、猟友会と連携して警戒を続ける。
rl 【関連記事】
rl クマ出没、県内で過去最多ペース　９月末で１２００件
rl 「冬眠遅れる恐れ」専門家が注意呼びかけ
cm コメント 128件
ot 最終更新:11/6(木) 20:05
ds 記事の無断転用を禁じます。Copyright © 秋田みなみ新聞社
""", single=True),

case("ja-002", "ja", "National daily's digital edition, prefectural governor election filed; page starts "
     "with the headline (no top noise); candidate list; inline あわせて読みたい teaser mid-story; "
     "paywall cut-off with remaining-characters meter, login and sign-up buttons, stamp, keyword "
     "tags, share bar and latest politics at the bottom.", """
T 岐阜県知事選が告示　新人３人の争い、物価対策が争点に
B 任期満了に伴う岐阜県知事選が１９日告示され、いずれも無所属の新人３人が立候補を届け出た。
B 現職の引退表明を受けた１６年ぶりの新人同士の戦いで、投開票は２月２日。
B 立候補したのは届け出順に、
B ・元県副知事の大野修平氏（６１）
+B ・元衆院議員の森下彩香氏（４８）
+B ・飲食店経営の川端勇気氏（３９）
rl あわせて読みたい　「現職引退」で動き出した保守分裂の舞台裏
B 大野氏は岐阜市内での第一声で「県政の継続と安定」を訴えた。
B 森下氏は子育て世帯への給付拡充を掲げ、川端氏は「しがらみのない県政」を強調した。
ot この記事は有料記事です。残り1,582文字
+ot 有料会員になると続きをお読みいただけます。
+ot 初月無料で登録する
+ot ログインする
ot 東邦新聞デジタル　2026年1月19日 12時05分
nv この記事の関連キーワード：岐阜県　知事選　地方選挙
sh X　Facebook　はてなブックマーク　メール
rl 政治の最新ニュース
+rl 衆院予算委、来月３日から基本的質疑
"""),

case("ja-003", "ja", "Regional TV station news site, torrential rain; station menu, video player "
     "controls and stamp on top; weather widget, related-video news, app prompt and no-reprint "
     "notice at the bottom; trailing full-width spaces.", """
nv MNBニュース　みなと放送
+nv ニュース　天気　防災　スポーツ　特集　番組表
ot ▶ 動画を再生　01:36
+ot 字幕 ON/OFF
T 線状降水帯が発生　高知県東部で１時間１００ミリ超の猛烈な雨\u3000
ot 2026年7月3日（金） 11:58
B 高知県東部では３日朝、線状降水帯が発生し、気象台は「顕著な大雨に関する情報」を発表しました。\u3000
B 安芸市では午前７時までの１時間に１０８ミリの猛烈な雨を観測し、観測史上最大となりました。
B 県内では土砂崩れで国道５５号の一部区間が通行止めとなっているほか、JR土讃線も運転を見合わせています。\u3000
B 安芸市は市内全域の約８，２００世帯に「緊急安全確保」を発令しました。
B 気象台は、４日にかけて土砂災害や河川の氾濫に厳重に警戒するよう呼びかけています。
ot 高知　現在 24℃　降水確率 90%　警報：大雨・洪水
rl この動画の関連ニュース
+rl 仁淀川の水位上昇　いの町に避難指示
+rl 停電 約１万２千戸　四国電力が復旧急ぐ
nv MNBニュースアプリで防災情報をプッシュ通知
ds 掲載の記事・写真・動画の無断転載を禁じます。©MNB みなと放送
"""),

case("ja-004", "ja", "Sports daily, football match report; section label, breadcrumb and final-score "
     "box on top; a photo caption with credit before the story and another after the stats widget; "
     "stats widget (other) mid-page, related link and share bar at the bottom.", """
nv スポルト日報　サッカー
+nv トップ > サッカー > J1リーグ
ot 試合終了　浦和ブルーヘロン 2－0 湘南マリナーズ
T 浦和が完封で３連勝　新加入の小野寺が初ゴール
ot 2026年3月15日 19:55
C 後半１２分、先制ゴールを決め喜ぶ浦和・小野寺（写真：スポルト日報・中島健）
B J1リーグ第５節は１５日、各地で行われ、浦和ブルーヘロンはホームで湘南マリナーズに２－０で快勝し、３連勝を飾った。
B 均衡を破ったのは、今季加入のFW小野寺翔。後半１２分、右クロスを頭で合わせた。
B 「やっと取れた。サポーターの声が背中を押してくれた」
B 後半３８分にはMF金城がミドルシュートで追加点を挙げた。
ot スタッツ
+ot ボール支配率　56%　44%
+ot シュート　14　4
+ot CK　7　2
B 湘南はシュート４本に抑えられ、今季初の連敗となった。
C 試合後、サポーターにあいさつする浦和の選手たち（写真：スポルト日報・中島健）
rl 関連記事
+rl 湘南・山岸監督「切り替えて次へ」
sh シェアする　X　LINE
"""),

case("hard-ja-001", "ja", "HARD: portal story on AI pre-screening of comment sections; the story explains "
     "hidden comments and quotes the notice shown to posters (body) while the page carries a real "
     "comment section with masked usernames, times, reaction counts, reply and more links.", """
nv ミライニュース
+nv 国内　国際　経済　エンタメ　スポーツ　IT　ライフ
T ニュースサイトのコメント欄、AIで事前審査へ　誹謗中傷の表示を抑制
ot 2/10(火) 7:00配信
+at ミライ経済新報
B ポータルサイト「ミライニュース」は、記事に寄せられるコメントをAIで事前審査する仕組みを３月から導入すると発表した。
B 誹謗中傷や差別的な表現が含まれる可能性が高いと判定された投稿は、コメント欄に表示されなくなる。
B 同社によると、昨年削除したコメントは約４２０万件で、前年の１．６倍に増えた。
B 投稿者には「この投稿は表示されていません」と通知され、異議申し立てもできる。
B 専門家からは「基準が不透明になれば、表現の萎縮を招く」との指摘も出ている。
cm コメント 412件
+cm 並び替え：おすすめ順
cm sak*****　2時間前
+cm 荒れたコメント欄が少しでも良くなるなら賛成。
+cm 共感した 1,204　なるほど 88　うーん 35
cm tom*****　1時間前
+cm 何が中傷かをAIが決めるのは怖い気もする。
+cm 共感した 640　なるほど 210　うーん 97
+cm 返信 12件
cm もっと見る
+cm 報告する
""", hard=True),
]

KO = [

case("ko-001", "ko", "Naver-style portal article view from a national daily, housing-fraud law passed; "
     "portal menu, press name with subscribe button, stamps, original-article link and byline on "
     "top; [관련기사] insert mid-story; bullet list in the story; reaction counters, copyright/AI-training notice, the paper's "
     "top news and reporter profile at the bottom.", """
nv 누리 뉴스
+nv 홈　정치　경제　사회　생활/문화　IT/과학　세계　랭킹　신문보기
nv 한빛일보　구독
T 국회, 전세사기 피해 지원 특별법 개정안 본회의 통과
ot 입력 2026.04.23. 오후 3:41　수정 2026.04.23. 오후 5:02
+ot 기사원문
ot 김도윤 기자
B 전세사기 피해자에게 보증금 일부를 먼저 돌려주는 내용의 특별법 개정안이 23일 국회 본회의를 통과했다.
B 개정안은 재석 의원 268명 가운데 찬성 241명, 반대 9명, 기권 18명으로 가결됐다.
rl [관련기사] 전세사기 피해자 3만명 넘어…절반이 20·30대
B 주요 내용은 다음과 같다.
B - 경매 차익을 피해자에게 우선 지급
+B - 피해자 인정 기준 보증금 상한 5억원→7억원
+B - 공공임대 거주 기간 최대 20년으로 연장
B 국토교통부는 개정안이 시행되면 약 1만8천 명이 추가로 지원 대상이 될 것으로 내다봤다.
ot 공감해요 214　응원해요 57　슬퍼요 12　화나요 31　후속기사 원해요 88
ds 한빛일보 ⓒ 무단 전재 및 재배포, AI 학습 이용 금지
rl 한빛일보 주요뉴스
+rl 금통위, 기준금리 2.75% 동결…"물가 다시 오름세"
+rl 서울 아파트 전셋값 52주 연속 상승
nv 기자 프로필　김도윤 기자　구독자 3,120
"""),

case("ko-002", "ko", "Daum-style portal page of a regional broadcaster's story, pile-up on an icy "
     "expressway; single newlines; menu, source/stamp and byline on top; news-tip line, copyright, "
     "comment thread with sort control, nicknames, times and reply/like counts, and a related link "
     "at the bottom.", """
nv 한울 뉴스
nv 홈 사회 정치 경제 국제 문화 IT 연예 스포츠
T 고속도로 빙판길 23중 추돌…1명 사망·15명 부상
ot 중부방송 2026. 12. 20. 09:12
ot 이수정 기자
B 20일 오전 6시 40분쯤 충북 음성군 중부내륙고속도로 양평 방향 음성휴게소 인근에서 차량 23대가 잇따라 부딪쳤다.
B 이 사고로 50대 화물차 운전자 1명이 숨지고 15명이 다쳐 병원으로 옮겨졌다.
B 경찰은 밤사이 내린 비가 얼면서 생긴 이른바 '블랙아이스'에 차량들이 미끄러진 것으로 보고 있다.
B 사고 수습으로 양평 방향 2개 차로가 3시간 넘게 통제됐다.
B 한국도로공사는 "겨울철 교량과 터널 출입구에서는 감속 운행해 달라"고 당부했다.
ot 중부방송 제보하기 ▷ 전화 043-210-0000 ▷ 이메일 jebo@jbbs.kr
ds Copyright ⓒ 중부방송. 무단전재, 재배포 및 AI학습 이용 금지.
cm 댓글 57
cm 정렬 추천순 최신순
cm 겨울나그네 1시간전
cm 휴게소 근처는 아침마다 얼어요. 모래라도 좀 뿌려주지
cm 답글 3 추천 241
cm 초보운전중 38분전
cm 돌아가신 분 명복을 빕니다
cm 답글 0 추천 96
rl 이 기사와 관련된 뉴스
rl 제설 예산 바닥난 지자체…"장비 부족"
""", single=True),

case("ko-003", "ko", "Business daily, record apartment subscription rate; no noise before or inside the "
     "story (bottom only); short question subheading; reporter e-mail line, KakaoTalk channel "
     "prompt, copyright and numbered most-viewed list; no final newline.", """
T 과천 '로또 청약' 1순위 평균 경쟁률 1,124대 1…역대 최고
B 경기 과천시 지식정보타운에 들어서는 '과천 리버센트'의 1순위 청약에 9만 명 넘게 몰렸다.
B 한국부동산원 청약홈에 따르면 전날 진행된 1순위 청약에서 84가구 모집에 9만4,416명이 신청해 평균 1,124대 1의 경쟁률을 기록했다.
B 분양가가 주변 시세보다 8억 원가량 낮게 책정돼 '로또 청약'으로 불렸다.
B 전용 84㎡ 분양가는 10억 원대로, 인근 준공 단지 같은 면적은 최근 18억5천만 원에 거래됐다.
B 당첨자 발표는 다음 달 2일이며, 계약은 14일부터 사흘간 진행된다.
B 청약 과열 왜?
B 전문가들은 분양가 상한제 적용 단지의 공급이 줄어든 데다 실거주 의무 유예 조치가 연장된 영향으로 분석했다.
ot 박지훈 기자 jhpark@hmbiz.kr
nw 한매일경제 카카오톡 채널 추가하고 부동산 뉴스 받아보세요
ds <저작권자 ⓒ 한매일경제, 무단전재 및 재배포 금지>
rl 많이 본 뉴스
+rl 1 "월세 200만원도 없어서 못 구해요"…강남 임대차 시장 들썩
+rl 2 주담대 금리 다시 4%대로
+rl 3 GTX-C 착공 또 연기
""", final=False),

case("ko-004", "ko", "Entertainment news site, drama ratings; menu and a doubled dek glued to itself "
     "(duplicate_line) on top; [매체 기자] dateline inline; two photo captions with 사진= credits, "
     "one mid-story; share bar, like/dislike counter, popular list and copyright at the bottom.", """
nv 스타온뉴스
+nv 연예 | 방송 | 영화 | 가요 | 해외 | 포토
dp 주말극 1위 수성…한다인·윤재혁 로맨스 본격화주말극 1위 수성…한다인·윤재혁 로맨스 본격화
T '봄날의 약속' 17.4% 자체 최고…주말극 1위 굳혔다
ot 기사입력 2026-05-11 08:47
B [스타온뉴스 최민서 기자] HBS 주말드라마 '봄날의 약속'이 자체 최고 시청률을 경신하며 주말극 1위 자리를 굳혔다.
B 11일 시청률 조사회사 자료에 따르면 전날 방송된 '봄날의 약속' 24회는 전국 가구 기준 17.4%를 기록했다.
B 이는 지난주 방송분이 세운 16.1%보다 1.3%포인트 오른 수치다.
C 배우 한다인(왼쪽)과 윤재혁. 사진=HBS '봄날의 약속' 방송화면 캡처
B 이날 방송에서는 한다인과 윤재혁이 서로의 마음을 확인하는 장면이 그려졌다.
B '봄날의 약속'은 매주 토·일 오후 8시에 방송된다.
C 드라마 '봄날의 약속' 포스터. 사진=HBS 제공
sh 카카오톡 공유　페이스북　링크 복사
ot 좋아요 1.2천　　싫어요 18
rl 이 시각 인기 연예뉴스
+rl 그룹 루미너스, 데뷔 3년 만에 첫 월드투어
+rl 배우 오하린, 결혼 발표…"평생 함께할 사람"
ds Copyright ⓒ 스타온뉴스. All rights reserved. 무단 전재 및 재배포, AI학습 금지
"""),

case("hard-ko-001", "ko", "HARD: national daily on a portal scrapping its per-outlet 'most viewed' "
     "ranking; story lines about the ranking are body while the page carries a real numbered "
     "많이 본 뉴스 list of teasers after a run of blank lines; NBSP at line ends.", """
nv 한결일보
+nv 전체기사　정치　경제　사회　국제　오피니언　랭킹
T 포털 '누리', 언론사별 '많이 본 뉴스' 랭킹 폐지한다
ot 입력 2026-09-02 10:15
+ot 정하은 기자\xa0
B 포털 누리가 언론사별로 제공하던 '많이 본 뉴스' 랭킹을 다음 달부터 폐지한다고 2일 밝혔다.
B 누리는 "랭킹 순위를 올리기 위한 자극적 제목 경쟁이 심해졌다는 지적을 받아들였다"고 설명했다.\xa0
B 대신 '많이 본 뉴스' 자리에는 이용자가 구독한 언론사의 최신 기사가 노출된다.
B 누리의 랭킹 서비스는 2019년 도입됐으며, 하루 평균 이용자는 약 900만 명에 이른다.
B 언론계 반응은 엇갈린다.
B 한 지역 언론사 관계자는 "랭킹이 중소 언론의 거의 유일한 노출 창구였다"며 아쉬움을 나타냈다.\xa0
%2
rl 많이 본 뉴스
+rl 1 추석 연휴 고속도로 통행료 면제 확정
+rl 2 "전기요금 오른다"…4분기 인상 검토
+rl 3 한국 축구, 월드컵 예선 2연승
+rl 4 수도권 아파트 거래량 6개월 만에 반등
+rl 5 서울 지하철 파업 예고
ds ⓒ 한결일보. 무단전재·재배포 금지
""", hard=True),
]

CASES = JA + KO
