from common import case

CASES = [
case("ja-001", "ja", """
nv|トップ > 特集 > 地域
T|閉校から十年、山あいの校舎に灯る明かり
ot|2026年2月12日 7:00　読了時間：約8分
ot|記事を音声で聞く（9分12秒）
B|【長野県大鹿村】
B|午前十時、旧鳥倉小学校の廊下に、ミシンの音が響く。
B|二〇一六年に閉校したこの校舎は、いま縫製工房と食堂、それに小さな図書室として使われている。
B|運営するのは、東京から移住した三人の元会社員だ。
B|三人とも、それまで縫製の経験はなかった。
B|なぜ校舎だったのか
B|「天井が高くて、窓が大きい。布を見るには最高の光なんです」と、代表の川島美緒さん（41）は話す。
B|村から借りる家賃は月一万円。
B|その代わり、週に一度、食堂を村民に開放する約束になっている。
ot|広告
B|食堂の定食は六百円。
B|昼どきには、杖をついた高齢者と、子どもを抱いた移住者が同じテーブルに並ぶ。
B|かつての卒業生もやってくる。
B|「自分の机があった場所で、まさかカレーを食べるとは」と笑うのは、一九七〇年卒業の北原正夫さん（68）だ。
B|工房は今春、二人目の職人を迎える。
B|村の人口は、十年ぶりにわずかに増えた。
ot|（文・写真　佐伯遥）
rl|あわせて読みたい：廃校活用、全国で広がる「第二の人生」
sb|この記事をシェアする
""", "Japanese regional feature with a bracketed dateline, subheading and short lines; breadcrumb, date/reading time, audio label, ad slot, writer credit, related teaser and share line are noise.", trail=[4]),

case("ja-002", "ja", """
T|【コラム】「積読」は悪いことなのか
B|本棚に、読んでいない本が四十七冊ある。
B|数えたのは先週だ。
B|一番古いのは、二〇〇九年に買った旅行記だった。
B|「積読（つんどく）」という言葉は、明治時代にはすでに使われていたらしい。
B|買ったまま読まずに積んでおくこと。
B|英語にはぴったりの訳語がなく、最近は海外でもそのまま「tsundoku」と呼ばれている。
B|ある調査では、日本人の六割以上が「積読がある」と答えたという。
B|では、積読は悪いことなのか。
B|少なくとも、本を買うこと自体は悪くない。
B|私はそう思わない。
B|積まれた本は、いつか読むかもしれない自分への手紙のようなものだ。
B|読まれないまま終わる手紙もある。それでいい。
B|実際、去年は積んでいた本のうち十二冊を読んだ。
B|四十七冊は、そのあと増えた分だ。
B|ただし、同じ本を二冊買ったときだけは、少し反省している。
ot|文化部　宮本由紀
ot|2026/01/25 12:30 更新
ot|有料会員になると、すべてのコラムが読み放題に。初月無料
cm|コメント（23件）
ot|関連キーワード：読書　本　コラム
""", "Japanese column on unread books (tsundoku) with one-sentence paragraphs and a rhetorical question; desk byline, update stamp, paywall offer, comment counter and keyword tags are noise.", nl="single", final_nl=False),

case("hard-ja-001", "ja", """
T|ニュースサイトの「続きを読む」ボタンは誰のためにあるのか
ot|メディア時評　2026年3月1日
ot|この記事は会員限定です。残り2本まで無料でお読みいただけます。
B|スマートフォンでニュースを読んでいると、記事の途中で必ずと言っていいほど現れるボタンがある。
B|「続きを読む」。
B|押すと、同じページの残りが表示されるだけのことも多い。
B|では、なぜわざわざボタンにするのか。
B|理由は主に二つある。
B|・ページの表示速度を上げるため
B|・読者が「どこまで読んだか」を計測するため
B|前者は技術的な理由だが、後者は商売の理由だ。
B|後者は、広告の単価や有料会員への誘導と直結している。
B|ある大手紙の担当者は「ボタンを押した人は、押さない人の三倍、会員登録する」と明かす。
B|読者の関心が、数字として売り買いされているのだ。
B|ボタンを押すか押さないか、その一回の指の動きにも値段がついている。
B|もちろん、ボタン自体が悪いわけではない。
B|便利さの裏側を、少しだけ意識してもいいかもしれない。
B|次に「続きを読む」を押すとき、その一押しが誰に届いているのかを思い出してほしい。
ot|続きを読む
ot|会員登録（無料）はこちら
rl|こちらもおすすめ
rl|広告ブロックは違法か　各国の判断割れる
""", "Hard: a Japanese media column about 'read more' buttons quotes the label「続きを読む」in body as its own line; the page also carries a real 続きを読む button, a member-only meter and a sign-up link. The quoted body line「続きを読む」。has a full stop; the button line does not.", hard=True),

case("ko-001", "ko", """
T|[기획] 서울의 마지막 연탄 배달부
ot|입력 2026.01.19 06:00 | 수정 2026.01.19 09:41
ot|기사 듣기 ▶ 06:30
B|서울 노원구 중계본동 '백사마을'.
B|새벽 다섯 시, 김만수(67) 씨의 트럭이 골목 입구에 멈춘다.
B|오늘 배달할 연탄은 1,200장.
B|한 장에 3.6㎏, 모두 합치면 4톤이 넘는다.
B|김 씨는 지게에 한 번에 열 장씩 진다.
B|왜 아직 연탄인가
B|이 마을 120여 가구 가운데 40가구가 여전히 연탄으로 겨울을 난다.
B|기름보일러로 바꾸려면 수백만 원이 들고, 재개발을 앞둔 집에 돈을 쓰려는 집주인은 없다.
B|연탄 한 장 값은 900원 안팎, 한 집이 겨울을 나려면 800장 정도가 필요하다.
B|연탄은행 같은 단체가 일부를 지원한다.
ot|광고
B|김 씨는 30년 동안 같은 골목을 오르내렸다.
B|"계단 수는 세어 본 적 없어요. 세면 못 올라가요."
B|재개발이 끝나면 이 일도 끝난다.
B|그래도 그는 내년 일정을 아직 비워 두었다.
B|그는 올겨울이 마지막일 거라고 했다.
ot|글·사진 박소연 기자 parksy@hannarae-daily.example
dc|ⓒ 한나래일보, 무단 전재 및 재배포 금지
rl|관련 기사
rl|재개발 앞둔 백사마을, 남은 주민들의 겨울
""", "Korean feature on a coal-briquette deliverer with a location line, subheading and quoted one-liner; input/edit stamp, listen label, ad slot, reporter credit, copyright line and related block are noise.", trail=[3, 10]),

case("hard-ko-001", "ko", """
nv|홈 > 오피니언 > 칼럼
T|[칼럼] 댓글창을 닫았더니 생긴 일
ot|김도현 논설위원
ot|2026-02-06 17:20
B|포털 연예 뉴스에 댓글이 사라진 지 6년이 됐다.
B|당시 반대 여론도 적지 않았다.
B|"독자의 목소리를 막는 것"이라는 비판이었다.
B|실제로 댓글 폐지 직후 해당 뉴스 페이지의 체류 시간은 잠시 줄었다.
B|6년이 지난 지금, 결과는 어떤가.
B|숫자부터 보자.
B|악성 댓글로 인한 고소 건수는 절반 가까이 줄었다.
B|연예인들이 공개적으로 고통을 호소하는 일도 눈에 띄게 줄었다.
B|대신 비슷한 말들이 커뮤니티와 개인 방송으로 옮겨 갔다.
B|그곳에는 신고 버튼도, 모니터링 인력도 거의 없다.
B|댓글창은 닫혔지만, 말은 사라지지 않았다.
B|문제는 창이 아니라 공간의 설계다.
B|누가, 어디서, 어떤 책임을 지고 말하는지가 보이는 구조가 필요하다.
B|실명제도, 전면 폐지도 답이 아니라면 남은 길은 하나다.
B|"댓글 달기" 버튼을 누르기 전에 한 번 더 생각하게 만드는 장치를 고민해야 한다.
cm|댓글 57
cm|댓글 달기
cm|로그인 후 댓글을 작성할 수 있습니다.
dc|※ 칼럼 내용은 본지 편집 방향과 다를 수 있습니다.
""", "Hard: a Korean column about closing comment sections quotes the '댓글 달기' button label inside a body sentence; the page has a real comment counter, comment button and login prompt, plus an opinion notice.", hard=True),
]
