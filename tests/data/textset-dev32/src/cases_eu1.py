"""textset-dev32, writer A: Spanish, Portuguese, French, Italian and German cases (2 each).
Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; >TAG| joins with a single
newline; ~ is a run of extra blank lines)."""

CASES = [
dict(id="es-001", lang="es", hard=False, opts="",
     notes="Spanish regional paper: cookie notice with two buttons, masthead, menu and breadcrumb, byline with place and date plus a read-time line (other), an inline 'Te puede interesar' teaser, a run of blank lines, a WhatsApp channel prompt (newsletter, other-language half), comment count and login line, company footer (other).",
     text="""
ck|Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad adaptada a tus gustos. Puedes aceptarlas todas o configurar tus preferencias.
ck|ACEPTAR
ck|CONFIGURAR
nav|Crónica del Guadalope
nav|Portada  Aragón  Zaragoza  Huesca  Teruel  Deportes  Opinión  Esquelas
nav|Aragón > Teruel
T|Alcañiz restringe el riego de jardines por la sequía del Guadalope
oth|Redacción · Alcañiz · Lunes, 7 de diciembre de 2026, 11:47
oth|Tiempo de lectura: 2 min
B|El Ayuntamiento de Alcañiz prohibirá desde el miércoles regar jardines, llenar piscinas y lavar coches con agua de la red municipal, ante el bajo nivel del embalse que abastece a la ciudad.
B|El embalse está al 19 % de su capacidad, el dato más bajo para un mes de diciembre desde 2005.
rel|Te puede interesar: La confederación hidrográfica rebaja la dotación de riego para 2027
B|El bando municipal contempla multas de hasta 750 euros para quien incumpla las restricciones.
B|Las medidas no afectan a los huertos familiares, que podrán regar dos días por semana.
B|«No es una decisión agradable, pero el agua de boca es lo primero», explicó la concejala de Medio Ambiente, Pilar Aznar.
~
nl|Únete al canal de WhatsApp de Crónica del Guadalope y recibe las noticias de Aragón al momento
com|0 comentarios
com|Para comentar tienes que iniciar sesión en Crónica del Guadalope
oth|© Ediciones del Ebro S.L. · Paseo de la Independencia 31, 50001 Zaragoza
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: Spanish media-trade site on the newsletter boom; story lines quote newsletter pop-up wordings ('Suscríbete gratis a nuestra newsletter…', '¿Te vas ya? Apúntate…') and are kept, while the page ends with its own newsletter box (four lines). Byline and updated stamp, most-read list, share bar.",
     text="""
nav|TINTADIGITAL.info
nav|Medios · Tecnología · Publicidad · Emprendedores
T|Los boletines por correo vuelven: los diarios españoles ya envían más de 300 newsletters
oth|Por Javier Ortuño Mir — Madrid
oth|07/12/2026 - 09:15 h. Actualizado: 07/12/2026 - 10:02 h.
B|Los grandes diarios españoles envían ya más de 300 boletines por correo electrónico distintos, el triple que en 2020, según un informe de la Asociación de Medios Digitales presentado este lunes.
B|El estudio analizó 58 cabeceras nacionales y regionales.
B|La fórmula más repetida es la ventana emergente con el texto «Suscríbete gratis a nuestra newsletter y no te pierdas nada», que aparece en 41 de ellas.
B|Otras, el 12 %, muestran un aviso al salir de la página: «¿Te vas ya? Apúntate antes a nuestro boletín».
B|Según el informe, solo uno de cada cinco lectores que se apuntan sigue abriendo los correos al cabo de seis meses.
B|«El problema no es conseguir el correo, es merecerse la apertura de cada mañana», resume la autora, la consultora Elena Vidal.
B|El informe recomienda pedir el correo al final del artículo y no nada más entrar en la página.
nl|¿Te ha gustado? Recibe cada mañana a las 7:00 'La Brújula', el boletín de TINTADIGITAL.info
nl|Introduce tu correo electrónico
nl|Quiero recibirlo
nl|Al apuntarte aceptas la política de privacidad de TINTADIGITAL.info. Puedes darte de baja con un clic.
rel|Lo más leído
rel|1. Las televisiones locales piden una parte de la tasa a las plataformas
rel|2. Una radio de Murcia cumple cien años en antena
sh|Compartir en X | Facebook | LinkedIn | WhatsApp
"""),

dict(id="pt-001", lang="pt", hard=False, opts="",
     notes="Brazilian regional portal on the soy harvest: a market strip (dollar, euro, Ibovespa, soy) on top as crypto_ticker, menu, byline and stamp, a stand-alone photo credit (attribution, no caption), 'Publicidade' and 'Leia também' mid-story, Instagram prompt (newsletter), no-reproduction line. The soy price in the last story line stays story.",
     text="""
tk|Dólar R$ 5,41 ▲0,32% | Euro R$ 5,86 ▼0,10% | Ibovespa 131.208 pts ▼0,4% | Soja (sc 60 kg) R$ 128,50
nav|Portal Cerrado Notícias
nav|Início | Goiás | Agro | Política | Esportes | Empregos
T|Colheita da soja em Goiás deve começar mais cedo nesta safra
oth|Por Camila Rezende, de Goiânia
oth|07/12/2026 às 10h12 - Atualizado há 2 horas
att|Foto: Arquivo/Portal Cerrado
B|A colheita da soja em Goiás deve começar mais cedo nesta safra, segundo levantamento divulgado nesta segunda-feira (7) pelo instituto de pesquisa agropecuária do estado.
B|Cerca de 4% das lavouras de ciclo precoce já estão em fase de enchimento de grãos no sudoeste goiano.
oth|Publicidade
B|A estimativa de produção é de 19,8 milhões de toneladas, alta de 6% em relação à safra anterior.
rel|Leia também: Chuva de granizo atinge lavouras de milho em Jataí
B|O bom volume de chuvas em outubro e novembro explica o avanço, de acordo com o agrônomo Rafael Teixeira Brandão.
B|Em Rio Verde, maior produtor do estado, as primeiras máquinas devem entrar no campo na segunda quinzena de janeiro.
B|Produtores, porém, reclamam do preço: a saca de 60 quilos é negociada a R$ 128,50, a menor cotação para dezembro em quatro anos.
nl|Siga o Portal Cerrado no Instagram e receba as notícias do agro goiano em primeira mão
dis|Todos os direitos reservados. É proibida a reprodução deste conteúdo sem autorização do Portal Cerrado.
"""),

dict(id="pt-002", lang="pt", hard=False, opts="single",
     notes="Portuguese local radio, short notice without a headline, single newlines: listen-live header (navigation) and stamp on top, information credit, share link, other-news list and a statute footer (other).",
     text="""
nav|Rádio Ribeira FM 98.4 — Ouvir em direto
oth|07 dez 2026 | 08:20
B|A ponte sobre o rio Vouga em Pessegueiro vai estar encerrada ao trânsito entre as 22h00 desta terça-feira e as 06h00 de quarta-feira, para trabalhos de inspeção.
B|O trânsito será desviado pela estrada nacional, com um acréscimo de cerca de 12 quilómetros.
B|A câmara municipal pede aos condutores de pesados que evitem a zona.
B|Os transportes escolares da manhã de quarta-feira não são afetados.
att|Informação: Câmara Municipal / Rádio Ribeira
sh|Partilhar no Facebook
rel|Outras notícias
rel|Feira de Natal de Sever do Vouga abre sexta-feira com 60 expositores
rel|Bombeiros de Oliveira de Frades recebem nova ambulância
oth|Rádio Ribeira © 2026 | Estatuto editorial | Ficha técnica
"""),

dict(id="fr-001", lang="fr", hard=False, opts="ws",
     notes="Belgian regional paper, trailing whitespace: masthead and breadcrumb, 'Publié le … Par' byline, share bar on top, a 'Lire aussi |' teaser mid-story, newsletter pitch and reproduction line at the bottom.",
     text="""
nav|L'Écho de Meuse
nav|Accueil > Régions > Liège-Huy-Waremme
T|Huy: la boulangerie Dardenne remporte le concours du meilleur cramique de Wallonie
oth|Publié le 07/12/2026 à 10h34 · Par Mathieu Lhoest
sh|Partager  Tweeter  Envoyer par e-mail
B|Le jury a rendu son verdict dimanche soir à Namur: c'est le cramique de la boulangerie Dardenne, rue des Augustins à Huy, qui a été élu meilleur de Wallonie.
B|Quarante-deux artisans s'étaient inscrits au concours, organisé chaque année par la fédération des boulangers.
B|Le pain brioché aux raisins de Marc et Nadia Dardenne a obtenu 94 points sur 100.
rel|Lire aussi | Le marché de Noël de Liège ouvrira une heure plus tard le dimanche
B|« On n'a rien changé à la recette de mon père, juste le temps de pousse, qui est passé à quatorze heures », sourit Marc Dardenne.
B|La boulangerie, ouverte en 1968, emploie six personnes.
B|Le couple s'attend à une longue file ce week-end: l'an dernier, le lauréat avait vendu trois fois plus de cramiques que d'habitude.
nl|Chaque matin, l'essentiel de votre région dans votre boîte mail: inscrivez-vous à la lettre de L'Écho de Meuse.
dis|Tous droits de reproduction réservés – L'Écho de Meuse SA, 2026.
"""),

dict(id="fr-002", lang="fr", hard=False, opts="crlf",
     notes="Swiss French TV news site, CRLF: masthead and menu, video player controls (other) above the headline, 'Publié le … Modifié à' stamp, agency initials line (attribution), topic list, related teaser and a share label.",
     text="""
nav|Radio Télévision Alpine — Info
nav|Suisse | International | Économie | Sport | Météo | Play
oth|Lecture
oth|00:00 / 01:52
oth|Sous-titres  Plein écran
T|Danger d'avalanche marqué en Valais après un mètre de neige fraîche
oth|Publié le 7 décembre 2026 à 07:58 · Modifié à 09:12
B|Le danger d'avalanche est marqué, soit de degré 3 sur une échelle de 5, dans une grande partie du Valais lundi, a indiqué l'institut de recherche sur la neige.
B|Jusqu'à un mètre de neige fraîche est tombé en 48 heures au-dessus de 2000 mètres, notamment dans le val d'Anniviers et la vallée de Saas.
B|La route du col du Simplon est fermée depuis dimanche soir.
B|Les spécialistes recommandent de renoncer aux randonnées hors des pistes balisées jusqu'à mercredi.
B|La police cantonale a également signalé des chutes de branches sur la ligne ferroviaire entre Sion et Brigue, où le trafic reste perturbé.
att|ats/rta/lgo
nav|Sujets associés : Valais, Avalanches, Météo
rel|À lire aussi
rel|Les stations romandes ouvrent leur saison avec une semaine d'avance
sh|Partager l'article
"""),

dict(id="it-001", lang="it", hard=False, opts="",
     notes="Italian national news site on a rail strike: menu, byline, stamp and a listen-to-article widget (other) on top; a lead-in line and three bullet items are story; PUBBLICITÀ mid-story; LEGGI ANCHE teaser, WhatsApp channel prompt (newsletter) and '© Riproduzione riservata' (disclaimer) at the bottom. The bullet items are joined by single newlines.",
     text="""
nav|Notiziario Penisola Online
nav|Cronaca | Politica | Economia | Esteri | Sport | Spettacoli
T|Sciopero dei treni giovedì 10 dicembre: orari, fasce garantite e rimborsi
oth|di Francesca Lo Monaco
oth|07 dicembre 2026 - 12:05
oth|Ascolta l'articolo
B|Giovedì 10 dicembre il personale di Ferrovie Rapide e delle società regionali incrocerà le braccia per otto ore, dalle 9 alle 17, per il rinnovo del contratto.
B|Ecco cosa c'è da sapere:
B|• Fasce di garanzia: i treni regionali circoleranno regolarmente dalle 6 alle 9 e dalle 18 alle 21.
>B|• Alta velocità: sono garantiti 42 collegamenti, elencati sul sito della compagnia.
>B|• Rimborsi: chi rinuncia al viaggio può chiedere il rimborso integrale entro l'orario di partenza.
oth|PUBBLICITÀ
B|I sindacati hanno confermato lo sciopero dopo il fallimento dell'incontro di venerdì al ministero.
B|«Chiediamo turni compatibili con una vita normale», ha detto il segretario Luca Ferranti.
rel|LEGGI ANCHE
rel|Autostrade, pedaggi in aumento dell'1,8% dal primo gennaio
nl|Resta aggiornato: segui Notiziario Penisola sul canale WhatsApp
dis|© Riproduzione riservata
"""),

dict(id="it-002", lang="it", hard=False, opts="nofinal",
     notes="Italian olive-oil trade portal, no final newline: a commodity-exchange price strip (crypto_ticker) between masthead and breadcrumb, editorial byline, an inline 'Potrebbe interessarti anche' teaser, a data source line (attribution), tags and two comment-form lines at the bottom.",
     text="""
nav|OlivoNews — Il portale dell'olivicoltura
tk|Borsa merci Bari, 07/12: Extravergine 100% italiano €8,90-9,40/kg | Extravergine comunitario €6,10-6,35/kg | Lampante €4,70/kg
nav|Home › Mercati › Prezzi
T|Olio extravergine, prezzi in calo in Puglia: -6% in un mese
oth|Redazione OlivoNews | 7 dicembre 2026
B|Il prezzo dell'olio extravergine d'oliva pugliese è sceso del 6% nell'ultimo mese, secondo le quotazioni della borsa merci di Bari.
B|Lunedì l'extravergine 100% italiano è stato scambiato tra 8,90 e 9,40 euro al chilo, contro i 9,50-10 euro di inizio novembre.
rel|Potrebbe interessarti anche: Xylella, nuovi fondi per i reimpianti nel Salento
B|Il calo è legato a una campagna olearia più abbondante del previsto: in Puglia la produzione dovrebbe superare le 210.000 tonnellate.
B|I frantoiani del Barese segnalano rese medie del 14%.
B|«Con questi prezzi il consumatore torna a comprare, ma sotto gli 8 euro molti di noi lavorano in perdita», avverte Nicola Dibenedetto, presidente di un consorzio di produttori di Bitonto.
att|Fonte: elaborazione OlivoNews su dati della Camera di commercio di Bari
nav|Tag: olio, prezzi, Puglia, frantoi
com|Commenta questo articolo
com|Per commentare su OlivoNews serve un account registrato
"""),

dict(id="de-001", lang="de", hard=False, opts="",
     notes="Austrian regional paper: masthead and breadcrumb, 'Von … | Datum, Uhr' byline, a photo caption followed by its stand-alone photo credit (attribution), Anzeige and a 'Mehr zum Thema' teaser mid-story, a run of blank lines, share line, a more-articles heading (navigation) with one teaser, and a rights line.",
     text="""
nav|Tiroler Bergbote
nav|Startseite › Tirol › Oberland
T|Neue Gondelbahn am Venet geht am Samstag in Betrieb
oth|Von Lukas Pfurtscheller | 07.12.2026, 11:20 Uhr
C|Die neuen Zehnerkabinen bringen 2400 Personen pro Stunde auf den Berg.
att|Foto: Bergbahnen Venet/Handl
B|Nach 14 Monaten Bauzeit nimmt die neue Gondelbahn auf den Venet bei Zams am Samstag den Betrieb auf.
B|Die Zehnerkabinenbahn ersetzt die alte Pendelbahn aus dem Jahr 1974 und kostete 31 Millionen Euro.
oth|Anzeige
B|Die Fahrt zur Bergstation auf 2.208 Metern dauert künftig sieben statt zwölf Minuten.
B|Geschäftsführer Stefan Gitterle rechnet mit 20 Prozent mehr Gästen im Winter.
rel|Mehr zum Thema: Skipasspreise steigen in Tirol um bis zu acht Prozent
B|Für Einheimische gibt es am Eröffnungstag Freifahrten.
B|Kritik kommt vom Alpenverein: Die Bahn sei überdimensioniert, für die Talstation seien 1,4 Hektar Wald gerodet worden.
~
sh|Teilen auf: Facebook | WhatsApp | per Mail
nav|Weitere Artikel aus dem Oberland
rel|Landecker Krankenhaus bekommt eine zweite Notaufnahme
dis|© Tiroler Bergbote 2026 – Alle Rechte vorbehalten. Vervielfältigung nur mit Zustimmung der Redaktion.
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: German regional paper on a local paper switching off comments; a story line quotes the planned notice ('Die Kommentarfunktion für diesen Artikel ist deaktiviert.') and is kept, while the page's own comment block (count and closed notice) is noise. Read-time stamp, Anzeige mid-story, share/print/save buttons, recommendation list.",
     text="""
nav|Westfälische Abendzeitung
nav|Lokales | Region | Sport | Kultur | Service | E-Paper | Abo
T|„Der Ton ist nicht mehr zu ertragen“: Lokalzeitung schaltet Kommentare ab
oth|Von Katrin Oberbeck
oth|Mo., 07.12.2026 | Lesedauer: 3 Minuten
B|Die „Lippstädter Rundschau“ schaltet zum Jahresende die Kommentarfunktion unter allen Artikeln auf ihrer Website ab.
B|Unter den Texten steht ab dem 1. Januar nur noch der Hinweis: „Die Kommentarfunktion für diesen Artikel ist deaktiviert.“
B|Chefredakteur Jörg Saalfeld begründet den Schritt mit dem Aufwand: Zwei Mitarbeiterinnen hätten zuletzt täglich bis zu 900 Kommentare prüfen müssen, ein Fünftel davon sei gelöscht worden.
oth|Anzeige
B|„Wir haben einen Marktplatz aufgemacht und sind zum Türsteher geworden“, sagt Saalfeld.
B|Leserbriefe per Post und E-Mail will die Zeitung weiter abdrucken, auch online.
B|Medienforscherin Anja Terhorst sieht einen Trend: Mehrere Regionalzeitungen in Nordrhein-Westfalen hätten ihre Kommentarspalten zuletzt eingeschränkt.
sh|Teilen
sh|Drucken
sh|Merken
com|Kommentare (0)
com|Die Kommentarfrist für diesen Beitrag ist nach 72 Stunden abgelaufen.
rel|Auch interessant für Sie
rel|Soester Stadtwerke erhöhen den Fernwärmepreis zum Februar
"""),
]
