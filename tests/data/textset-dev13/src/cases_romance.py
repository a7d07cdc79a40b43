from common import case

CASES = [
case("es-001", "es", """
dl|Un pueblo de Teruel lleva tres años sin nacimientos.Un pueblo de Teruel lleva tres años sin nacimientos.
T|La última escuela de Valdecañas
ot|Reportaje · Por Lucía Ferrando · 11 min de lectura
ot|Actualizado el 22 ene. 2026, 08:14
B|VALDECAÑAS (Teruel).–
B|La escuela de Valdecañas tiene un aula, una estufa de leña y cuatro alumnos.
B|Si en septiembre no llega un quinto, cerrará.
B|La maestra, Elena Marín, lleva diecinueve años aquí.
B|Ha visto marcharse a tres familias y llegar a una.
B|«Cada curso cuento los pupitres antes que los libros», dice.
B|Lo que cuesta mantenerla
B|- Unos 68.000 euros al año, sobre todo su sueldo y la calefacción.
B|- El transporte escolar alternativo, a 34 kilómetros, costaría casi lo mismo.
B|- Pero la consejería mide ratios, no kilómetros.
ot|Publicidad
B|El Ayuntamiento ha ofrecido una casa gratis a cualquier familia con niños que se empadrone antes de junio.
B|Han llamado once. Ninguna ha venido todavía.
B|¿Se puede salvar un pueblo salvando una escuela?
B|Marín no lo sabe. Pero sabe lo que pasa cuando cierra.
B|«Se apaga la luz del pueblo. Literalmente: es la única farola que se enciende de día.»
rl|Lee también: La España que se vacía, en cinco mapas
cm|38 comentarios
sb|Compartir en WhatsApp
""", "Spanish rural feature with a doubled dek on the first line, dateline, subheading, dash list and rhetorical question; byline/reading time, update stamp, ad label, read-also teaser, comment counter and share line are noise.", trail=[6, 13]),

case("es-002", "es", """
T|Opinión | El silencio de los contestadores automáticos
ot|Andrés Villalobos
ot|Escuchar artículo · 5 min
B|Mi madre guarda todavía una cinta de contestador de 1996.
B|En ella está la voz de mi abuelo diciendo, con prisa, que llegará tarde a comer.
B|No dice nada más.
B|Es lo único que conservamos de su voz.
B|La escuchamos una vez al año, en Nochebuena, con un radiocasete que ya casi no funciona.
B|Hoy dejamos cientos de mensajes de voz al mes y no guardamos ninguno.
B|Se pierden en chats que borramos para liberar espacio.
B|O en teléfonos que acaban en un cajón, sin cargador.
B|¿Quién conservará nuestras voces dentro de treinta años?
B|Probablemente nadie.
B|Tenemos más grabaciones que nunca y menos recuerdos sonoros que nuestros abuelos.
B|Propongo algo sencillo: elija un audio al año y guárdelo fuera del teléfono.
B|Uno solo.
B|Dentro de treinta años, alguien se lo agradecerá.
B|Aunque solo diga que llegará tarde a comer.
ot|Andrés Villalobos es escritor. Su último libro es «Casa con eco» (Editorial Lindero).
nl|Recibe cada domingo las columnas de Opinión. Apúntate gratis
""", "Spanish opinion column with one-line paragraphs and a rhetorical question; bare author name, listen label, author bio and newsletter pitch are noise.", nl="single", final_nl=False),

case("hard-es-001", "es", """
T|¿Por qué todos los periódicos quieren tu correo electrónico?
B|Abra cualquier web de noticias y, antes del tercer párrafo, aparecerá una caja: «Suscríbete a nuestra newsletter».
B|No es casualidad.
B|Es la estrategia de casi todos los medios del país.
B|Las redes sociales envían hoy a los medios la mitad del tráfico que enviaban en 2020.
B|El correo, en cambio, no depende de ningún algoritmo.
B|Llega cuando el lector lo abre, y eso basta.
B|«Una dirección de email es un lector que te pertenece», resume Paula Ortín, responsable de audiencias en un diario regional.
nl|Apúntate a ‘La Mañana’, el resumen de noticias que llega a las 7:00. Escribe tu email
B|Los números del boletín
B|- Tasa media de apertura: en torno al 35 %.
B|- Una de cada cincuenta personas suscritas acaba pagando.
B|- La mayoría se da de baja antes de un año.
B|Y casi nadie lee más de tres boletines a la semana.
B|Para los lectores, el riesgo es el cansancio.
B|Para los medios, el riesgo es no tener otro camino.
B|Ortín lo resume así: «Estamos todos gritando en el mismo buzón».
ot|Medios · 7 min · 9 feb. 2026
nl|Suscribirme
ot|Etiquetas: prensa, newsletters, audiencias
""", "Hard: a Spanish media analysis about newsletters quotes a sign-up box ('Suscríbete a nuestra newsletter') in body; a real newsletter box mid-story and a 'Suscribirme' button at the bottom are noise.", hard=True),

case("pt-001", "pt", """
nv|Início / Sociedade / Reportagem
T|Os últimos guardas-rios do Alentejo
ot|Texto de Mariana Coutinho · Fotografia de Rui Lobo
ot|Publicado a 4 de fevereiro de 2026 · Leitura: 9 min
B|MÉRTOLA —
B|João Cabrita conhece cada curva do Guadiana entre Mértola e Pomarão.
B|Há trinta e um anos que as percorre, primeiro de barco, agora quase sempre a pé.
B|É um dos últimos nove guardas-rios em funções no Alentejo.
B|Nos anos 80 eram mais de sessenta.
B|Muitos postos foram extintos sem substituição.
C|João Cabrita na margem do Guadiana, perto de Mértola. Fotografia: Rui Lobo
B|O que faz um guarda-rios?
B|Vigia descargas ilegais, regista cheias, conta peixes, fala com agricultores.
B|Também ensina as crianças da escola primária a reconhecer uma lontra.
B|«Sobretudo falo», diz. «Metade dos problemas resolve-se com um café.»
ot|Publicidade
B|O Ministério do Ambiente diz que a vigilância é hoje feita com sensores e drones.
B|Cabrita não discorda. Só pergunta quem é que fala com os agricultores.
B|Reforma-se em outubro.
B|Ninguém foi ainda nomeado para o lugar.
B|O rio, esse, continua a passar.
at|Este artigo foi publicado originalmente na edição impressa de 2 de fevereiro.
rl|Leia também
rl|A seca que secou o Alqueva em três anos
""", "Portuguese feature with a dateline, caption, question subheading and quoted line; breadcrumb, credits, stamp, ad label, first-published-in-print note and related block are noise.", trail=[2, 12]),

case("pt-002", "pt", """
T|Crítica: ‘Maré Vazia’ é o melhor disco brasileiro do ano até agora
ot|Por Thiago Albuquerque
ot|28/01/2026 · Atualizado há 3 horas
B|Dez faixas, trinta e oito minutos, nenhuma sobra.
B|O terceiro álbum de Lívia Seixas foi gravado em cinco dias numa casa de pescadores em Itaúnas.
B|A produção é de Caio Brandão, que também toca baixo em metade das faixas.
B|Dá para ouvir o mar em duas faixas. Não é efeito: a janela estava aberta.
B|Isso diz muito sobre o disco inteiro.
B|Destaques
B|• “Rede”, que abre o disco só com voz e violão.
B|• “Vento Sul”, com um arranjo de metais que cresce até quase explodir.
B|• “Maré”, a faixa-título, que termina no meio de uma frase.
B|E os pontos fracos?
B|Há um, talvez: “Concha” repete a fórmula de “Rede” sem a mesma força.
B|E a capa, uma foto desfocada de rede de pesca, não faz jus ao que está dentro.
B|No resto, é um disco para ouvir do início ao fim, de preferência sem pular nada.
B|Seixas faz turnê a partir de março.
B|Vá ouvir ao vivo.
ot|Nota: 9/10
sb|Compartilhe: Facebook · X · WhatsApp
cm|Deixe seu comentário
""", "Brazilian music review with a bullet list of tracks and a question line; byline, update stamp, score box, share bar and comment prompt are noise.", nl="mixed", final_nl=False),

case("it-001", "it", """
T|Il paese dove nessuno chiude a chiave la porta
ot|Cronache · di Giulia Rinaldi · 2 febbraio 2026
ot|Tempo di lettura: 6 minuti
B|SANTA VENERINA DI SOPRA (Cosenza) —
B|A Santa Venerina di Sopra vivono 214 persone e nessuna chiude la porta a chiave.
B|Non per fiducia, spiegano, ma per abitudine.
B|Le chiavi, in molte case, sono appese dentro, accanto alla porta.
B|«Se chiudi, poi la gente pensa che sei partito», dice la barista, Rosa Pugliese.
B|Un paese che invecchia
B|L’età media è di 67 anni.
B|Il medico viene il martedì. L’ufficio postale apre il giovedì.
B|L’ultimo bambino è nato nel 2021. La scuola ha chiuso prima.
B|Eppure, d’estate, la popolazione triplica: tornano i figli emigrati a Torino e in Germania.
ot|Pubblicità
B|Il sindaco, Franco Aiello, ha un progetto: case a un euro, ma solo per chi si impegna a restare almeno sei mesi l’anno.
B|Sono arrivate novanta richieste. Ne sono state accettate sei.
B|Tra i nuovi arrivati ci sono una ceramista olandese e due pensionati di Bergamo.
B|La ceramista, dice Aiello, è già stata invitata a tre matrimoni.
B|«Non vogliamo turisti», dice. «Vogliamo vicini.»
dc|Riproduzione riservata ©
rl|Altre storie dal Sud che potrebbero piacerti
rl|Case a un euro: dove funzionano davvero
""", "Italian feature with a dateline, subheading and quoted one-liners; byline, reading time, ad label, copyright line and related block are noise.", nl="single"),

case("it-002", "it", """
nv|Home | Cultura | Libri | Recensioni
T|Recensione: «La casa delle api», l’esordio che non ti aspetti
ot|Di Marco Serra · 5 min di lettura
B|Cosa succede quando un’apicoltrice di settant’anni decide di scrivere un romanzo?
B|Succede «La casa delle api», di Ada Montalbano.
B|Un romanzo di 224 pagine scritto, racconta l’autrice, «nelle sere in cui le api dormivano».
B|La storia è semplice: una famiglia, un alveare, un’estate di siccità in Molise.
B|Ma la scrittura no.
B|È asciutta, precisa, a tratti quasi tecnica.
B|Montalbano alterna capitoli brevissimi — a volte una riga — a lunghe pagine sul lavoro delle api.
B|Funziona?
B|Quasi sempre.
B|Qualche capitolo sulle arnie rischia di sembrare un manuale.
B|Ma anche lì c’è una musica.
B|Il personaggio della nonna, Teresa, è uno dei più vivi letti quest’anno.
B|Il finale è forse troppo dolce. Pazienza.
B|È raro che un esordio abbia tanta calma.
B|Da leggere d’estate, con le finestre aperte.
ot|«La casa delle api», Ada Montalbano, Edizioni Arnia, 224 pagine, 17 euro
ot|Acquistando dal link qui sopra potremmo ricevere una commissione.
cm|Commenti: 4
""", "Italian book review with one-word answer lines and a rhetorical question; nav, byline, book data box, affiliate notice and comment counter are noise."),

case("fr-001", "fr", """
T|À Saint-Nazaire, les chantiers racontés par ceux qui les ont construits
ot|Grand format · Par Claire Dumoulin · Publié le 10 février 2026 à 06h00
ot|Écouter cet article · 10 min
B|SAINT-NAZAIRE (Loire-Atlantique) –
B|Marcel Guého a soudé sa première coque en 1968. Il avait seize ans.
B|Il a pris sa retraite en 2012, un vendredi.
B|Il en a soudé, dit-il, « quarante-deux, dont trois qui ont coulé, mais pas à cause de moi ».
B|Depuis un an, il fait partie des quarante anciens ouvriers qui enregistrent leurs souvenirs pour les archives municipales.
B|Une mémoire à sauver
B|Le projet, baptisé « Coques », a déjà recueilli 180 heures d’entretiens.
B|On y entend des accidents, des grèves, des mariages, et beaucoup de bruit de fond.
B|Et parfois une sirène de pause, qui fait pleurer certains auditeurs.
ot|Publicité
B|« Les gens croient que c’était un métier d’hommes seuls », dit l’historienne Nadia Kerleau.
B|« En fait, c’était un métier de familles entières. »
B|Les enregistrements seront accessibles au public à partir de juin.
B|Une partie sera diffusée dans le tramway, entre deux stations.
B|Marcel Guého a déjà prévenu : il ne les écoutera pas.
B|« Je sais ce qu’il y a dedans. »
ot|Cet article vous est offert. Pour lire tous nos grands formats, abonnez-vous.
rl|À lire aussi : Le Queen Mary 2, vingt ans après
sb|Partager sur Facebook · Partager par e-mail
""", "French long-form with a dateline, subheading and quoted one-liners; byline, listen label, ad label, gift/paywall offer, read-also teaser and share bar are noise.", trail=[3]),

case("fr-002", "fr", """
ot|Chronique
T|Faut-il encore apprendre l’écriture manuscrite ?
ot|Par Hélène Garnier, professeure des écoles
ot|Mis à jour le 3 février 2026
B|Chaque matin, mes élèves de CE1 écrivent la date au tableau.
B|À la main.
B|Avec les pleins et les déliés, quand ils y arrivent.
B|Certains parents me demandent si c’est bien utile, à l’heure des tablettes.
B|La question est légitime. Elle revient à chaque réunion de rentrée.
B|Je leur réponds par trois faits.
B|1. Écrire à la main aide à mémoriser les lettres, selon plusieurs études.
B|2. Cela ralentit la pensée, ce qui n’est pas toujours un défaut.
B|3. On ne tombe jamais en panne de batterie avec un crayon.
B|J’ajoute parfois un quatrième : une lettre écrite à la main se garde plus longtemps qu’un message.
B|Le troisième est une blague. À moitié.
B|Un élève m’a dit un jour que son stylo « n’avait plus de réseau ». Je l’ai noté.
B|Je ne suis pas contre les écrans. J’en utilise tous les jours.
B|Mes élèves font des exposés sur tablette et codent de petits jeux le vendredi.
B|Mais je crois qu’un enfant qui sait écrire son nom à la main possède quelque chose qu’aucune mise à jour ne lui retirera.
dc|Les chroniques n’engagent que leurs auteurs.
ot|Mots-clés : école, écriture, éducation
""", "French column with a numbered list and a short joking line; section label, author line, update stamp, opinion disclaimer and keyword line are noise.", nl="single", final_nl=False),

case("hard-fr-001", "fr", """
T|« Cet article vous est proposé par… » : enquête sur les contenus sponsorisés
ot|Enquête · 12 min de lecture
ot|Partager
B|Vous l’avez sans doute déjà lu sans le savoir.
B|Un article sur les meilleurs matelas, un guide des placements « sans risque », un portrait flatteur d’un chef étoilé.
B|En petits caractères, tout en haut : « Contenu sponsorisé ».
B|Ou parfois rien du tout.
B|C’est là que commence le problème.
B|Ce que dit la loi
B|En France, toute publicité doit être identifiable comme telle.
B|Mais la mention exacte n’est pas fixée : « Partenariat », « En collaboration avec », « Publi-rédactionnel »…
B|Chaque site choisit la sienne, en général la plus discrète.
B|Sur 200 articles relevés pendant deux mois sur quinze sites, nous en avons trouvé 23 payés par une marque sans aucune mention.
ot|Contenu sponsorisé
ot|Découvrez nos offres partenaires pour votre épargne
B|L’Autorité de régulation professionnelle de la publicité dit avoir ouvert quatre dossiers.
B|Les éditeurs concernés évoquent « des oublis ».
B|Deux d’entre eux ont ajouté la mention après nos questions.
B|Vingt-trois oublis.
B|Nous avons contacté les quinze sites. Neuf n’ont pas répondu.
ot|Publicité
sb|Partager
sb|Copier le lien
""", "Hard: a French investigation into sponsored content quotes labels ('Contenu sponsorisé', 'Partenariat') inside body sentences; the page itself carries a real 'Contenu sponsorisé' slot with a partner teaser mid-story, an ad label and share buttons.", hard=True),
]
