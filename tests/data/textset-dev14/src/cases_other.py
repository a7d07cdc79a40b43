"""Cases in languages other than en / zh of textset-dev14 (tag format: see make_cases.py)."""


def case(id, lang, notes, src, **fmt):
    return {"id": id, "lang": lang, "notes": notes, "src": src, **fmt}


CASES = [
# ---------------------------------------------------------------------- ja
case("ja-001", "ja", "Japanese markets portal: BOJ/yen story with figures; index board on top, byline, share buttons, related list and copyright footer.", """
tk|日経平均 38,412.55 +286.10　TOPIX 2,701.34 +0.82%　ドル/円 151.62
nv|トップ ＞ マーケット ＞ 為替
T|日銀、国債買い入れ減額を据え置き　円は一時150円台に上昇
ot|2026年4月30日 15:48　経済部 佐伯 亮
B|日本銀行は30日まで開いた金融政策決定会合で、長期国債の買い入れ減額ペースを据え置くことを決めた。
B|政策金利は0.75％で維持し、決定は賛成8、反対1だった。
B|植野総裁は会見で「賃上げの広がりを慎重に見極める」と述べた。
B|会合後、円相場は一時1ドル=150円88銭まで上昇し、その後151円台に戻した。
B|市場の見方
B|みらい証券の為替ストラテジスト、北村沙織氏は「7月会合での利上げ観測がやや後退した」と話した。
sh|Xでポスト　はてなブックマーク　LINEで送る
rl|あわせて読みたい
+rl|長期金利、一時1.6％に上昇　約17年ぶり
+rl|円安で輸入物価が再び上昇
ot|Copyright © Keizai Flash Inc. 無断転載を禁じます。
"""),

case("ja-002", "ja", "Japanese earnings story with the securities code in the body (single-newline file); ad label mid-story, member paywall prompt and related ranking at the bottom.", """
T|東亜精機、今期純利益18％増を見込む　半導体装置の受注回復
ot|決算速報　2026/5/13 16:05
B|東亜精機（6389）は13日、2027年3月期の連結純利益が前期比18％増の412億円になる見通しだと発表した。
B|売上高は9％増の5,840億円を見込む。
B|前期（2026年3月期）の純利益は349億円で、会社計画を上回った。
ot|広告
B|年間配当は前期比10円増の110円とする。
B|半導体製造装置向けの精密部品の受注が、1〜3月期に前年同期比27％増えた。
B|同日発表の自社株買いは上限300億円。
ot|この記事は会員限定です。続きは無料会員登録でお読みいただけます。
+ot|ログイン　会員登録
rl|アクセスランキング
+rl|1. 半導体株、米決算受け全面高
+rl|2. 来週の決算発表スケジュール
""", style="single"),

case("hard-ja-001", "ja", "HARD: story about impersonation investment ads and fake crypto-exchange apps on social media, quoting ad wording; the page carries a real crypto price board, a real account-opening campaign and a risk notice.", """
tk|BTC/JPY 10,482,300 +1.9%｜ETH/JPY 502,140 +0.7%｜XRP/JPY 92.4 -1.2%
T|著名人なりすまし投資広告、被害額が半年で87億円に
ot|暗号資産ニュース編集部　2026.02.20
B|警察庁のまとめによると、SNS上の著名人なりすまし広告をきっかけとする投資詐欺の被害額は、昨年下半期だけで約87億円に上った。
B|広告には「ビットコインで月利20％保証」「元本割れなし」などの文言が並んでいた。
B|誘導先のLINEグループでは、偽の暗号資産取引アプリのダウンロードを求められる。
B|アプリ上では利益が出ているように見えるが、出金を申請すると「手数料」の支払いを求められるという。
B|金融庁は登録業者以外のアプリを利用しないよう呼びかけている。
pr|【期間限定】新規口座開設で1,500円相当のビットコインをプレゼント！
+pr|今すぐ口座開設
dc|暗号資産は価格変動が大きく、元本を保証するものではありません。取引の際はリスクを十分にご理解ください。
rl|関連記事：金融庁、無登録業者4社に警告
"""),

# ---------------------------------------------------------------------- ko
case("ko-001", "ko", "Korean news portal: KOSPI close with figures and tickers in the body; market strip, reporter line, share bar, comment counter and most-viewed list.", """
tk|코스피 2,648.21 ▲1.12%　코스닥 842.77 ▲0.48%　원/달러 1,462.30 ▼4.10
T|코스피, 외국인 순매수에 2,640선 회복…반도체주 강세
ot|입력 2026.03.11 15:52　김도윤 기자
B|코스피가 외국인 투자자의 순매수에 힘입어 1% 넘게 올랐다.
sh|공유하기　카카오톡　페이스북　링크복사
B|11일 코스피는 전 거래일보다 29.31포인트(1.12%) 오른 2,648.21에 거래를 마쳤다.
B|외국인은 유가증권시장에서 6,420억원어치를 순매수했다.
B|한빛반도체는 4.8% 오른 8만7,300원에 마감했다.
B|원·달러 환율은 4.1원 내린 1,462.3원에 마감했다.
cm|댓글 37
rl|많이 본 뉴스
+rl|1. 금값 사상 최고치…골드바 품귀
+rl|2. 청약통장 가입자 석 달째 감소
"""),

case("ko-002", "ko", "Korean internet-bank results with trailing whitespace; breadcrumb, reporter e-mail, newsletter box and copyright notice.", """
T|누리뱅크, 1분기 순이익 612억원…분기 최대
B|인터넷전문은행 누리뱅크가 올해 1분기 당기순이익 612억원을 기록했다고 24일 밝혔다.
B|지난해 같은 기간보다 38% 늘어난 수치로 분기 기준 최대다.
B|고객 수는 1,140만명으로 3개월 새 52만명 늘었다.
B|중·저신용자 대출 비중은 31.6%로 집계됐다.
B|누리뱅크 관계자는 "수수료 이익이 처음으로 전체 이익의 20%를 넘었다"고 말했다.
ot|박서연 기자 sy.park@finnews.example
nv|홈 > 금융 > 은행
nl|금융 뉴스레터 '머니브리핑'을 매주 월요일 받아보세요
+nl|구독하기
ot|<저작권자 ⓒ 파이낸스뉴스, 무단전재 및 재배포 금지>
""", trail=True),

# ---------------------------------------------------------------------- es
case("es-001", "es", "Spanish business daily: Ibex 35 close with bank results and figures; cookie banner, menu, byline, inline related, share row and related block.", """
ck|Utilizamos cookies propias y de terceros para analizar la navegación y mostrarte publicidad relacionada con tus preferencias.
+ck|Aceptar y continuar　Configurar　Rechazar
nv|Mercados · Empresas · Economía · Vivienda · Opinión
T|El Ibex 35 sube un 1,3% impulsado por los resultados de la banca
ot|Lucía Carrasco | Madrid | 29/04/2026 - 18:02 CEST
B|El Ibex 35 cerró este miércoles con una subida del 1,3%, hasta los 13.482 puntos, su mejor sesión en tres semanas.
B|Banco Meseta ganó 1.214 millones de euros en el primer trimestre, un 16% más, y sus acciones subieron un 4,7%.
rl|Lea también: La banca pagará 3.000 millones en el nuevo impuesto
B|La prima de riesgo se redujo a 68 puntos básicos.
B|En el resto de Europa, el DAX avanzó un 0,8% y el CAC 40, un 0,6%.
B|El euro se cambiaba a 1,0912 dólares al cierre.
sh|Compartir en WhatsApp　Compartir en X　Enviar por correo
rl|Más noticias de Mercados
+rl|Las eléctricas lideran las caídas del mes
+rl|¿Qué esperar del BCE en junio?
"""),

case("es-002", "es", "Press release on a Spanish-language distribution service: dateline, list, 'Acerca de' boilerplate, press contact, forward-looking notice and FUENTE line; no final newline.", """
nv|Comunicados de prensa > Finanzas
T|Finvara obtiene licencia de entidad de pago en México y lanza cuenta en dólares
ot|Distribuido por NotiWire Latam
+ot|17 mar 2026, 09:00 CST
B|CIUDAD DE MÉXICO, 17 de marzo de 2026 /NotiWire/ -- La fintech Finvara anunció hoy que recibió la autorización de la Comisión Nacional Bancaria y de Valores para operar como institución de fondos de pago electrónico.
B|Con la licencia, la empresa ofrecerá:
B|- una cuenta en dólares sin comisión de apertura;
B|- transferencias entre México y Estados Unidos en menos de 10 minutos;
B|- una tarjeta de débito internacional.
B|"Más de 2 millones de familias reciben remesas cada mes", dijo su director general, Emiliano Duarte.
ot|Acerca de Finvara
ot|Finvara es una plataforma financiera digital fundada en 2019 con sede en Monterrey. Atiende a 1,8 millones de usuarios.
ot|Contacto para medios: Regina Olvera · prensa@finvara.example · +52 81 5550 2290
dc|Declaraciones prospectivas: este comunicado contiene expectativas sobre hechos futuros sujetas a riesgos; los resultados reales podrían diferir de forma significativa.
at|FUENTE Finvara""", final_nl=False),

case("hard-es-001", "es", "HARD: story about fake crypto investment ads using TV presenters' faces, quoting the ad text and the fake prices; the page carries a real crypto ticker, a real exchange promo and a reposting disclaimer.", """
tk|Bitcoin (BTC) 63.540,12 € +0,8% · Ethereum (ETH) 2.986,40 € +1,1% · Solana (SOL) 148,22 € -0,5%
T|La CNMV alerta de anuncios falsos de criptomonedas con la cara de presentadores de televisión
ot|Redacción CriptoDiario · 8 de enero de 2026
B|La Comisión Nacional del Mercado de Valores ha detectado más de 300 anuncios falsos en redes sociales que utilizan la imagen de presentadores conocidos para promocionar plataformas de inversión en criptomonedas.
B|Uno de los anuncios afirmaba: «Invierte 250 euros y gana 1.000 al día con Bitcoin».
B|Las webs enlazadas mostraban gráficos del precio del BTC manipulados y supuestos testimonios de clientes.
B|La CNMV recuerda que ninguna entidad autorizada puede garantizar rentabilidades.
B|Cómo detectarlos
B|Comprobar si la plataforma figura en los registros oficiales.
B|Desconfiar de las llamadas de supuestos «gestores de cuenta».
pr|Compra tus primeras criptomonedas en Monedix sin comisiones durante 30 días.
+pr|Regístrate gratis
dc|Aviso: este artículo se publica con fines informativos y no constituye asesoramiento financiero. Invertir en criptoactivos conlleva un alto riesgo.
rl|Otras noticias que te pueden interesar
+rl|Hacienda enviará 200.000 cartas a inversores en cripto
"""),

# ---------------------------------------------------------------------- pt
case("pt-001", "pt", "Brazilian business site (CRLF): Copom/Selic decision with figures; nav, byline, inline 'Leia também', newsletter box and tag list.", """
nv|Economia | Mercados | Investimentos | Minhas Finanças | Cripto
T|Copom mantém Selic em 13,25% e sinaliza pausa prolongada
ot|Por Rafael Teixeira, de Brasília
+ot|18/06/2026 18h47 · Atualizado há 2 horas
B|BRASÍLIA —
B|O Comitê de Política Monetária (Copom) do Banco Central manteve nesta quarta-feira a taxa básica de juros em 13,25% ao ano, em decisão unânime.
B|O comunicado afirma que a inflação de serviços segue "resistente" e que o colegiado vai manter os juros no nível atual "por período prolongado".
rl|Leia também: Dólar fecha a R$ 5,41 com fluxo estrangeiro
B|O IPCA acumulado em 12 meses está em 4,9%, acima do teto da meta de 4,5%.
B|O mercado projeta Selic de 12,5% no fim do ano, segundo o boletim Focus.
nl|Receba a newsletter Mercado Aberto toda manhã no seu e-mail.
+nl|Cadastre-se grátis
nv|Tags: Copom, Selic, Juros, Banco Central
""", crlf=True),

case("pt-002", "pt", "Fintech story from a Portuguese-language site: cookie notice on top, share row, comments prompt and 'recommended' block at the bottom.", """
T|Banco digital Lumo lança Pix parcelado com juros de 2,9% ao mês
B|O banco digital Lumo começou a oferecer nesta segunda-feira o Pix parcelado para seus 9 milhões de clientes.
sh|Compartilhe:　WhatsApp　Facebook　LinkedIn
B|Com o recurso, o pagador pode dividir uma transferência em até 12 vezes, com juros a partir de 2,9% ao mês.
B|O recebedor recebe o valor integral na hora.
B|Segundo a empresa, o limite médio liberado é de R$ 1.800.
B|"É uma alternativa ao cartão de crédito para quem não tem cartão", disse a diretora de produtos, Camila Rocha.
cm|Deixe seu comentário. Comentários ofensivos serão removidos.
rl|Recomendados para você
+rl|Pix automático: o que muda para contas recorrentes
+rl|Fintechs ampliam oferta de crédito consignado
ck|Este site usa cookies para personalizar conteúdo e analisar o tráfego. Ao continuar navegando, você concorda com a nossa Política de Privacidade.
+ck|Entendi
"""),

# ---------------------------------------------------------------------- de
case("de-001", "de", "German markets page: DAX report and ECB expectations with figures; price box, ad label, run of blank lines before footer, risk notice and related links.", """
nv|Startseite › Börse › Marktberichte
tk|DAX 18.926,40 +0,74 %　MDAX 26.118,05 +0,31 %　EUR/USD 1,0874　Gold 2.384,10 $
T|DAX steigt vor EZB-Entscheid auf Rekordhoch
ot|Von Jana Oberländer | 05.06.2026, 17:45 Uhr
B|FRANKFURT —
B|Der deutsche Leitindex hat am Mittwoch erstmals über 18.900 Punkten geschlossen.
B|Der DAX gewann 0,74 Prozent auf 18.926,40 Zähler.
ot|Anzeige
B|Anleger setzen darauf, dass die Europäische Zentralbank am Donnerstag den Einlagenzins um 0,25 Prozentpunkte auf 2,00 Prozent senkt.
B|Größter Gewinner war der Chemiekonzern Rheinwerk mit einem Plus von 5,2 Prozent nach einer Kaufempfehlung.
B|Der Euro notierte bei 1,0874 US-Dollar.
@
dc|Kursdaten: mindestens 15 Minuten verzögert. Keine Anlageberatung.
rl|Mehr zum Thema
+rl|Was eine Zinssenkung für Tagesgeld bedeutet
+rl|Rheinwerk: Analysten heben Kursziel auf 64 Euro
"""),

case("de-002", "de", "German press release on a distribution service (single-newline file): 'Über' boilerplate, press contact, forward-looking notice and source line.", """
nv|Pressemitteilungen / Finanzen / Versicherungen
T|Hanse Assekuranz steigert Beitragseinnahmen 2025 um 8,4 Prozent
ot|Veröffentlicht von: Hanse Assekuranz AG | 26.02.2026 – 07:30
B|Hamburg, 26. Februar 2026 – Die Hanse Assekuranz AG hat ihre gebuchten Bruttobeiträge im Geschäftsjahr 2025 um 8,4 Prozent auf 3,17 Milliarden Euro gesteigert.
B|Das Ergebnis nach Steuern stieg auf 212 Millionen Euro (Vorjahr: 176 Millionen Euro).
B|Die Solvenzquote lag zum Jahresende bei 231 Prozent.
B|Der Vorstand schlägt eine Dividende von 2,10 Euro je Aktie vor.
B|„Wir sind in allen Sparten profitabel gewachsen“, sagte Vorstandschefin Dr. Katrin Ahlers.
ot|Über die Hanse Assekuranz AG
ot|Die Hanse Assekuranz ist ein börsennotierter Sach- und Lebensversicherer mit Sitz in Hamburg und rund 2.900 Mitarbeitenden.
ot|Pressekontakt: Malte Petersen, Unternehmenskommunikation, Tel. +49 40 5550 7712, presse@hanse-assekuranz.example
dc|Zukunftsgerichtete Aussagen: Diese Mitteilung enthält Einschätzungen des Vorstands, die mit Risiken und Unsicherheiten behaftet sind. Die tatsächlichen Ergebnisse können erheblich abweichen.
at|Quelle: Hanse Assekuranz AG, übermittelt durch PresseKanal
""", style="single"),

case("hard-de-001", "de", "HARD: story about BaFin scrutiny of 'refer-a-friend' bonuses and finfluencer promotions at neobrokers, quoting the bonus wording; the page carries a real referral promo, a real sign-up offer and a CFD risk notice.", """
tk|Bitcoin 61.204 € +1,4 %　Ether 2.877 € +0,9 %
T|BaFin nimmt Prämien für Freundschaftswerbung bei Neobrokern ins Visier
ot|Krypto-Welt · Tim Schade · 12.03.2026
B|Die Finanzaufsicht BaFin prüft, ob Prämien von Neobrokern für das Werben neuer Kunden Anleger zu riskanten Geschäften verleiten.
B|Ein Anbieter warb zuletzt mit dem Slogan „Freund einladen, 50 Euro in Bitcoin kassieren“.
B|Viele der geworbenen Kunden handelten laut BaFin im ersten Monat überwiegend mit Hebelprodukten.
B|Auch bezahlte Beiträge von Finfluencern, in denen Kursziele für einzelne Aktien genannt werden, stehen auf dem Prüfstand.
B|Die Behörde will bis zum Sommer Ergebnisse vorlegen.
pr|Jetzt Freunde werben: Für jede erfolgreiche Empfehlung gibt es 25 € Startguthaben bei Tradewerk.
pr|Depot eröffnen und 3 Monate ohne Ordergebühren handeln
dc|Risikohinweis: CFDs sind komplexe Instrumente. 74 % der Privatanlegerkonten verlieren bei Tradewerk Geld. Prüfen Sie, ob Sie es sich leisten können, Ihr Geld zu verlieren.
"""),

# ---------------------------------------------------------------------- fr
case("fr-001", "fr", "French business site: luxury group results with figures; trailing whitespace, ad label mid-story, 'Lire aussi', share bar and newsletter.", """
nv|Accueil / Entreprises / Luxe
T|Maison Vérel voit ses ventes reculer de 4 % au premier trimestre
ot|Par Claire Dumontel · Publié le 15 avril 2026 à 18h30
B|Le groupe de luxe Maison Vérel a annoncé mercredi un chiffre d'affaires de 4,82 milliards d'euros au premier trimestre, en baisse de 4 % sur un an.
B|Les ventes en Chine continentale ont chuté de 11 %.
ot|Publicité
B|La division maroquinerie résiste mieux, avec un recul limité à 1 %.
B|« Nous ne baisserons pas nos prix », a déclaré le directeur financier, Arnaud Lessieux.
rl|Lire aussi : Le luxe face au ralentissement chinois
B|L'action a cédé 3,6 % à la Bourse de Paris, à 612 euros.
sh|Partager sur Facebook　Partager sur X　Copier le lien
nl|Recevez chaque soir l'essentiel de l'actualité économique.
+nl|Je m'inscris
""", trail=True),

case("fr-002", "fr", "French crypto repost with a photo caption: doubled dek, story on an exchange licence under MiCA, listing promo, ticker, repost disclaimer and 'vous aimerez aussi' teasers with stamps.", """
dp|La plateforme obtient le feu vert de l'AMF.La plateforme obtient le feu vert de l'AMF.
T|La plateforme Kryptal obtient son agrément MiCA en France
C|Le siège de Kryptal à Lyon. Crédit photo : Studio Ferrand
B|La plateforme d'échange Kryptal a obtenu l'agrément de prestataire de services sur crypto-actifs délivré par l'Autorité des marchés financiers.
B|Cet agrément lui permet de proposer ses services dans les 27 pays de l'Union européenne.
B|Kryptal revendique 640 000 clients et un volume d'échanges de 9 milliards d'euros en 2025.
B|Son président, Bastien Morel, vise l'Allemagne et l'Italie d'ici à la fin de l'année.
pr|Votre projet mérite d'être vu : réservez un article sponsorisé auprès de notre équipe.
tk|Kryptal Token Logo
+tk|Kryptal Token Prix(KRY)
+tk|0,0871 €
+tk|+4,12 %
+tk|EUR
dc|Avertissement : les contenus republiés sur ce site proviennent de sources publiques et ne reflètent pas nécessairement l'avis de la plateforme. Ils ne constituent pas un conseil en investissement.
rl|Vous aimerez aussi
rl|Stablecoins : la BCE hausse le ton
rl|Stablecoins : la BCE hausse le ton
sh|Partager
rl|CryptoMatin2026/03/02 11:15
"""),

case("hard-fr-001", "fr", "HARD: story about the French regulator blacklisting crypto sites and warning about guaranteed-return promotions relayed by influencers; the body quotes promo wording and prices. The page carries a real ticker, a real exchange promo, a real disclaimer; run of blank lines.", """
tk|BTC 59 870 € ▲0,6 %  ETH 2 812 € ▼0,3 %  XRP 0,55 € ▲1,8 %
T|L'AMF ajoute 42 sites de crypto-actifs à sa liste noire
ot|Marché Crypto · Par Inès Garnier · 20 février 2026
B|L'Autorité des marchés financiers a ajouté 42 sites proposant des investissements en crypto-actifs sans autorisation à sa liste noire.
B|Plusieurs de ces sites promettaient « 8 % de rendement par semaine, capital garanti ».
B|D'autres étaient relayés par des influenceurs affirmant que le bitcoin « atteindra 150 000 euros avant l'été ».
B|L'AMF rappelle qu'aucun rendement élevé n'est possible sans risque élevé.
B|Les épargnants peuvent vérifier un site sur la liste publiée par l'autorité.
@
pr|Achetez du Bitcoin en 2 minutes sur Coinette — 10 € offerts pour votre premier achat.
dc|Investir dans les crypto-actifs comporte un risque de perte en capital. Cet article ne constitue pas une recommandation d'investissement.
rl|À lire aussi
+rl|Arnaques au faux conseiller : comment les repérer
"""),

# ---------------------------------------------------------------------- it
case("it-001", "it", "Italian business site: bank merger offer with figures and subheading; cookie banner, menu, byline, share bar and 'Leggi anche' block.", """
ck|Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. Chiudendo questo banner acconsenti all'uso dei soli cookie tecnici.
+ck|Accetta tutti　Rifiuta　Personalizza
nv|Finanza | Borsa | Risparmio | Fisco | Lavoro
T|Banca Adriatica lancia un'offerta da 2,4 miliardi su Credito Lombardo
dp|Banca Adriatica lancia un'offerta da 2,4 miliardi su Credito Lombardo
ot|di Matteo Ferrante | 7 maggio 2026
B|Banca Adriatica ha lanciato un'offerta pubblica di scambio da 2,4 miliardi di euro su Credito Lombardo.
B|L'offerta prevede 1,35 azioni Adriatica per ogni titolo Credito Lombardo, con un premio del 14%.
B|Le sinergie
B|Il gruppo stima risparmi di costo per 190 milioni l'anno entro il 2028.
B|A Piazza Affari Credito Lombardo è salito del 9,8%, mentre Adriatica ha perso il 2,1%.
sh|Condividi su Facebook　Condividi su X　Invia per email
rl|Leggi anche
+rl|Risiko bancario, le tappe dell'estate
+rl|Btp, lo spread scende a 98 punti
"""),

case("it-002", "it", "Italian press release (single-newline file): dateline, list, company boilerplate, press contacts and source line.", """
T|Voltanova Energia: ricavi 2025 a 1,12 miliardi, +17%
B|Milano, 12 marzo 2026 – Il Consiglio di Amministrazione di Voltanova Energia S.p.A. ha approvato il bilancio 2025.
B|Principali risultati:
B|- ricavi pari a 1,12 miliardi di euro (+17%);
B|- EBITDA di 284 milioni di euro, margine del 25,4%;
B|- indebitamento finanziario netto sceso a 610 milioni.
B|Il dividendo proposto è di 0,42 euro per azione.
ot|Chi è Voltanova Energia
ot|Voltanova Energia produce energia da fonti rinnovabili in Italia e Spagna, con 2,3 GW di capacità installata.
ot|Contatti stampa: Ufficio Comunicazione – Giulia Serra – stampa@voltanova.example
at|Fonte: Voltanova Energia S.p.A.
ot|Comunicato stampa diffuso da InfoWire Italia · 12/03/2026
""", style="single"),

# ---------------------------------------------------------------- ru / uk
case("ru-001", "ru", "Russian business site (single-newline file): key-rate decision with figures; currency strip, menu, byline, Telegram pitch and 'read also' block.", """
tk|USD 92,14 ▲0,38　EUR 99,87 ▲0,21　CNY 12,66 ▼0,02　Brent 82,90
nv|Главная / Финансы / Банки
T|ЦБ сохранил ключевую ставку на уровне 17% и смягчил сигнал
ot|Анна Белова, 25 апреля 2026, 13:37
B|Банк России на заседании 25 апреля сохранил ключевую ставку на уровне 17% годовых.
B|Регулятор впервые за год убрал из пресс-релиза упоминание о возможности повышения ставки.
B|Годовая инфляция, по оценке ЦБ, замедлилась до 6,9%.
B|«Мы видим признаки охлаждения кредитования», — заявила председатель ЦБ на пресс-конференции.
nl|Подписывайтесь на наш Telegram-канал «Деньги за минуту»
B|Следующее заседание по ставке пройдет 13 июня.
rl|Читайте также
+rl|Ставки по вкладам начали снижаться
+rl|Рубль укрепился к юаню третий день подряд
""", style="single"),

case("hard-ru-001", "ru", "HARD: story about a crackdown on crypto-investment advertising and pyramid schemes, quoting ad wording with prices; the page carries a real ticker, a real exchange promo and a disclaimer.", """
tk|BTC 5 912 400 ₽ +1,1%　ETH 281 300 ₽ +0,4%　TON 412,6 ₽ −2,3%
T|ФАС и ЦБ заблокировали рекламу 120 «криптоинвестплатформ»
ot|Криптовестник · 3 марта 2026
B|Федеральная антимонопольная служба вместе с Банком России добились блокировки рекламы 120 онлайн-платформ, предлагавших вложения в криптовалюту.
B|В объявлениях обещали «доход от 30% в месяц» и «гарантированный рост биткоина до 10 млн рублей».
B|По данным ЦБ, 74 из этих платформ имели признаки финансовой пирамиды.
B|Регулятор напоминает, что реклама криптовалют в России запрещена.
B|Пострадавшие могут обращаться в интернет-приемную Банка России.
pr|Купите USDT по лучшему курсу на Ледокс — бонус 500 ₽ за первую сделку
dc|Материал носит информационный характер и не является индивидуальной инвестиционной рекомендацией.
rl|Вам может быть интересно
+rl|Как проверить компанию по черному списку ЦБ
"""),

case("uk-001", "uk", "Ukrainian business news: NBU rate and hryvnia story with figures; menu, byline, share bar and related list.", """
nv|Новини · Економіка · Фінанси · Бізнес · Технології
T|НБУ знизив облікову ставку до 13%, гривня стабільна
ot|Олена Ковальчук | 24 квітня 2026, 14:05
B|Національний банк України знизив облікову ставку на 0,5 процентного пункта — до 13% річних.
B|Рішення ухвалене на тлі сповільнення інфляції до 7,8% у березні.
B|Офіційний курс гривні на 25 квітня встановлено на рівні 41,32 грн за долар.
B|Міжнародні резерви на 1 квітня становили 43,6 млрд доларів.
B|Наступне засідання правління з монетарної політики відбудеться 12 червня.
sh|Поділитися:　Facebook　Telegram　Viber
rl|Читайте також
+rl|Ставки за депозитами у банках знизилися
+rl|Уряд розмістив ОВДП на 12 млрд грн
"""),

# ------------------------------------------------------------- tr / pl / nl
case("tr-001", "tr", "Turkish finance site: central-bank decision and Borsa Istanbul close with figures; market strip, byline, legal notice after a run of blank lines, related block.", """
tk|BIST 100 9.842,15 %1,24　USD/TRY 38,41　EUR/TRY 41,77　Gram Altın 3.210
T|Merkez Bankası politika faizini yüzde 40'ta sabit tuttu
ot|Ekonomi Servisi | 17.04.2026 14:08
B|Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 40'ta sabit bıraktı.
B|Karar metninde enflasyonun ana eğiliminde düşüşün sürdüğü belirtildi.
B|Borsa İstanbul'da BIST 100 endeksi günü yüzde 1,24 yükselişle 9.842 puandan tamamladı.
B|Bankacılık endeksi yüzde 2,9 değer kazandı.
B|Dolar/TL ise 38,41 seviyesinde işlem gördü.
@
dc|Yasal Uyarı: Bu sayfadaki veriler ve yorumlar yalnızca bilgilendirme amaçlıdır, yatırım kararlarınız için tek başına dayanak oluşturmaz.
rl|İlgili Haberler
+rl|Konut kredisi faizleri geriledi
+rl|Altın fiyatları rekor tazeledi
"""),

case("pl-001", "pl", "Polish business portal: NBP and zloty story; cookie banner, menu, byline, comments and related list.", """
ck|Szanujemy Twoją prywatność. Używamy plików cookies do celów statystycznych i marketingowych. Możesz zmienić ustawienia w dowolnym momencie.
+ck|Zgadzam się　Ustawienia
nv|Biznes > Finanse > Waluty
T|Złoty najmocniejszy od dwóch lat po decyzji RPP
ot|Tomasz Wieczorek, 9 kwietnia 2026, 16:20
B|Rada Polityki Pieniężnej pozostawiła stopę referencyjną na poziomie 5,25%.
B|Po decyzji kurs euro spadł do 4,21 zł, najniżej od kwietnia 2024 roku.
B|Dolar kosztował 3,86 zł.
B|Ekonomiści banku Wisła Capital oczekują pierwszej obniżki stóp we wrześniu.
B|Inflacja w marcu wyniosła 3,4% rok do roku.
cm|Komentarze (58)
+cm|Napisz komentarz bez logowania
rl|Zobacz także
+rl|Raty kredytów mogą spaść jesienią
"""),

case("nl-001", "nl", "Dutch financial site: bank quarterly results with figures; trailing whitespace, menu, byline, share bar and newsletter prompt.", """
T|Kustbank boekt recordwinst van 1,9 miljard euro
B|Kustbank heeft in het eerste kwartaal een nettowinst van 1,9 miljard euro geboekt, 12 procent meer dan een jaar eerder.
B|De rentebaten stegen tot 3,4 miljard euro.
B|De bank verhoogt het inkoopprogramma van eigen aandelen met 500 miljoen euro.
B|Het aandeel steeg bij opening van de Amsterdamse beurs 3,1 procent.
B|Topvrouw Femke Brouwer waarschuwde dat de spaarrente later dit jaar omlaag kan.
ot|Door Sander Hoekstra · 02-05-2026, 08:15
sh|Deel dit artikel:　WhatsApp　LinkedIn　E-mail
nl|Schrijf je in voor de nieuwsbrief Geld & Beurs en ontvang elke ochtend de belangrijkste koersen.
nv|Nieuws | Beurs | Sparen | Hypotheek | Pensioen
""", trail=True),

# --------------------------------------------------------- id / vi / th / ar
case("id-001", "id", "Indonesian business portal: BI rate and rupiah story; market strip, byline, inline 'Baca juga', ad label, share bar.", """
tk|IHSG 7.312,40 (+0,52%) | USD/IDR 16.185 | Emas Antam Rp1.412.000/gram
T|BI tahan suku bunga di 5,75%, rupiah menguat ke Rp16.185
ot|Penulis: Dimas Prasetyo | Editor: Ratna Sari | Kamis, 21 Mei 2026 14:30 WIB
B|Bank Indonesia mempertahankan BI-Rate di level 5,75% dalam Rapat Dewan Gubernur Mei 2026.
B|Gubernur BI mengatakan keputusan ini untuk menjaga stabilitas nilai tukar rupiah.
rl|Baca juga: Harga emas Antam naik Rp8.000 hari ini
B|Rupiah ditutup menguat 0,4% ke Rp16.185 per dolar AS.
ot|ADVERTISEMENT
B|IHSG naik 0,52% ke 7.312,40.
B|Investor asing mencatat pembelian bersih Rp1,2 triliun.
sh|Bagikan artikel ini:　WhatsApp　Facebook　X
"""),

case("vi-001", "vi", "Vietnamese aggregator page without a headline: site header, gold and VN-Index story, source credit, related links and comment prompt.", """
ot|Tin Tài Chính 24h
B|Giá vàng miếng SJC sáng nay tăng thêm 800.000 đồng, lên 92,3 triệu đồng/lượng ở chiều bán ra.
B|Giá vàng nhẫn cũng tăng lên 90,1 triệu đồng/lượng.
B|Trên thị trường chứng khoán, VN-Index tăng 11,4 điểm, lên 1.284,6 điểm.
B|Khối ngoại bán ròng 420 tỷ đồng trên sàn HoSE.
B|Tỷ giá trung tâm do Ngân hàng Nhà nước công bố ở mức 24.310 đồng/USD.
at|Theo Báo Kinh Tế Sài Gòn Mới
rl|Tin liên quan
+rl|Ngân hàng đồng loạt giảm lãi suất tiết kiệm
+rl|Giá USD tự do vượt 25.600 đồng
cm|Gửi bình luận của bạn
"""),

case("th-001", "th", "Thai business site: SET index and bank results; menu, byline, share bar, related block and copyright.", """
nv|หน้าแรก | ข่าวหุ้น | เศรษฐกิจ | การเงิน | คริปโต
T|หุ้นไทยปิดบวก 12 จุด รับกำไรแบงก์ไตรมาสแรกดีกว่าคาด
ot|โดย กองบรรณาธิการ | 22 เม.ย. 2569 17:10 น.
B|ดัชนีตลาดหลักทรัพย์แห่งประเทศไทย (SET) ปิดที่ 1,412.36 จุด เพิ่มขึ้น 12.08 จุด หรือ 0.86%
B|มูลค่าการซื้อขาย 48,210 ล้านบาท
B|ธนาคารสยามทองรายงานกำไรสุทธิไตรมาสแรก 11,240 ล้านบาท เพิ่มขึ้น 9%
B|นักวิเคราะห์คาดว่าดัชนีมีแนวต้านที่ 1,420 จุด
sh|แชร์ข่าวนี้　Facebook　LINE　X
rl|ข่าวที่เกี่ยวข้อง
+rl|เงินบาทแข็งค่าสุดในรอบ 3 เดือน
ot|© 2569 หุ้นวันนี้ดอทคอม สงวนลิขสิทธิ์
"""),

case("ar-001", "ar", "Arabic markets site: oil prices and Gulf bourses; menu, byline, share bar, related links and a disclaimer; no final newline.", """
nv|الرئيسية | أسواق | نفط وطاقة | عملات | شركات
T|النفط يرتفع 2% وبورصات الخليج تغلق على مكاسب
ot|بقلم: سارة المنصوري | 14 مايو 2026
B|ارتفعت أسعار النفط بنحو 2% اليوم الأربعاء بعد انخفاض مخزونات الخام الأمريكية.
B|وصعد خام برنت إلى 84.20 دولار للبرميل.
B|وأغلق مؤشر السوق السعودية مرتفعاً 1.1% عند 12,410 نقطة.
B|كما ارتفع مؤشر سوق دبي المالي 0.7%.
B|وقال المحلل خالد العتيبي إن «الطلب الآسيوي ما زال قوياً».
sh|شارك المقال　واتساب　فيسبوك　إكس
rl|اقرأ أيضاً
+rl|الذهب يتراجع من مستوى قياسي
dc|إخلاء مسؤولية: المعلومات الواردة لأغراض إعلامية فقط ولا تُعد توصية بالشراء أو البيع.""", final_nl=False),
]
