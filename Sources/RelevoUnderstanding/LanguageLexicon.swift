/// The marker words of ``LanguageGuesser``: words of English, Spanish and Catalan customer messages, each the evidence
/// of the language (or languages) it belongs to.
///
/// Words are written as customers write them and looked up without accents ("tambe" finds "també"); a word
/// ending in `~` is weak evidence (half a marker): a word often borrowed or typed by speakers of the other
/// language ("vale", "gracias"); ``strong`` words count twice. A word listed under two languages is evidence of both, so it tells neither from
/// the other ("hola", "la", "factura" for Spanish and Catalan); ``neutral`` words are evidence of none.
enum LanguageLexicon {
    static let english = """
        the and or of to in at by for from with without about into onto over under after before since until till up out
        off again just only also too very really so but if then than because cause cuz as my mine you your yours youre
        u~ ur she hers him his it its we our ours they them their theirs this that these those there theres here what
        whats which who whom whose why where wheres when how hows is isnt are arent was wasnt were werent be been being
        am im ive youve weve theyve youll ill had havent hasnt hadnt do does did dont doesnt didnt done doing can cant
        cannot could couldnt will wont would wouldnt should shouldnt must may might get gets got gotten getting go goes
        going gone went make makes made making take takes took taken give gave given send sent sending receive received
        receiving pay paid paying charge charged charging want wants wanted need needs needed like know knew think
        thought see seen saw look looking say said says tell told ask asked call called calling help helped helping try
        tried trying keep keeps kept wait waiting waited arrive arrived arriving come came coming change changed
        changing cancel cancelled canceled cancellation return returned returning refund refunded order ordered orders
        track tracking ship shipped shipping shipment deliver delivered delivery deliveries work works working worked
        log logged login sign reset forgot forget forgotten lost broken broke damaged missing wrong late never ever
        always anyone someone somebody anybody nobody nothing something anything everything everyone some every none
        not yes yeah yep nope please pls plz thanks thank thx ty hello hey bye goodbye good great bad sorry morning
        afternoon evening night today tomorrow yesterday week weeks month months year years day days hour hours time
        times number account password address phone bill billing invoice payment card money price cost package parcel
        box item items product products store shop website signal connection line contract subscription service
        problem issue issues question complaint manager human person people speak talk reply answer response status
        case update news information husband wife mother father mom mum dad daughter died dead passed away name new old
        house moved customer support team still long much many more most less right left back first last next other
        another same own sure fine thing things way yet already soon now later check checking find found use using used
        open opened close closed buy bought book booked stuck fix~ fixed sort upgrade crash crashing crashes blinking
        declined error message text talking speaking understand mean means happened happen leave put through transfer
        live living moving move switch switching provider size exchange courier outside door customs stock discount code
        slow fast quick honestly anymore twice double bank statement membership renew expired reference confirmation
        confirm receipt warranty repair replace replacement contact contacted mobile outage down light speed coverage
        abroad travel unlock locked blocked hacked fraud scam voucher gift coupon called anyone there weird strange
        annoying ridiculous useless terrible awful angry upset disappointed happy all both each few want
        one two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday
        january february march june july august september october november december yours which whatever asap
        window windows
        tho though perfect operator representative
        home~ any be
        """

    static let spanish = """
        los las lo le y por para con sin porque mi mis su sus yo nos os usted ustedes vosotros vosotras nosotros nosotras
        ellos ellas esto eso este estos ese esa esos esas aquel aquella ahi alli ya muy mucho mucha muchos muchas mas
        menos todo toda todos todas nada nadie algo alguien siempre nunca tambien tampoco todavia aun hoy ayer manana
        ahora luego despues antes desde hasta cuando donde adonde como cual cuales cuanto cuanta cuantos cuantas quien
        quienes estoy estaba estamos estais soy eres somos sois hay hace hacer hizo hice hago haces hacen hecho hemos
        habeis habia habido tengo tiene tienes tienen tenemos tener quiero quiere quieres queremos quieren queria
        queriamos puedo puede puedes pueden podemos podrian podrias necesito necesita necesitamos necesitan sabes sabe
        voy vamos vais vino vengo viene vienen llego llega llegan llegado llegar llegue llegara llegaba recibi recibido
        recibo pague pagado cobrado cobraron cobran devolver devuelvan devuelve devuelven pedido pedidos pedi
        dice dijo dijeron digo decir llamar llamada llamen llamadme llamo llamame contestan responde
        responden respuesta ayuda ayudar ayudame ayudeme ayudenme ayudarme hablar hablo habla entiendo entiende
        porfavor dias tardes noches adios senor senora cuenta correo contrasena telefono movil celular tarjeta dinero
        paquete paquetes caja tienda semana ano anos horas servicio queja quejas producto productos articulo
        encargado gerente humano agente roto rota peor mejor bien claro perfecto exacto correcto oye pues entonces otra
        otro otros otras veces vez mismo misma hijo hija esposo esposa marido mujer madre padre murio fallecio
        fallecido fallecida nombre ciudad calle luz sirve deja dejar dejado puesto poner pongo pone ponen quitar
        cambiar cambio cambie sigue sigo esperando pasa paso pasado salir faltan encuentro encontrar mandaron
        abrir abren abris abierto cerrar cierran cerrado compre vendido olvide olvido olvidado perdido perdi rompio
        equivoque equivocado mudanza mude harto cansado enfadado molesto verguenza ridiculo urgente ahorita chequear
        platicar manejar carro boleto apurar demora demoran demorado cuadra lindo aca reclamo recien queres podes
        tenes chevere porfis computadora computador celu departamento enojado contestado llamaron nuevo
        nueva viejo vuestro vuestra vuestros nuestro nuestra nuestros cuarto cuatro cinco seis siete ocho nueve
        diez lunes martes miercoles jueves viernes sabado domingo enero febrero marzo mayo junio julio septiembre
        setiembre noviembre diciembre conexion senal datos direccion devolucion reclamacion informacion te tardan tardar
        gracias~ vale~ bueno~ buenas wenas buenos buen buena hacia cosas unos unas ninguno ninguna ningun algun
        alguno algunos algunas cobro cobros precio precios llamada llamadas mensaje mensajes tengas tenga puedan
        pueda quisiera gustaria acuerdo codigo descuento descuentos facturacion atencion suscripcion
        cancelacion carga cargar cargando reembolso reembolsar reembolsen grax~ chao~ chau~ xfa~ vos~ sos~
        horario horarios estado prende prender ey asesor asesora asesores envian envias envio corta cortan rato ratito
        ponga pongan llamarla llamarle telefonear demora despacho da dan seguimiento entregado entregada buzon mensajero
        soporte tecnico tecnicos tecnica tecnicas mandame mandeme xfavor orden ordenes estatus negro negros pantalla
        """

    static let catalan = """
        els dels als pels pel per amb jo ell ells elles nosaltres vosaltres voste vostes meu meva meus meves teu teva
        teus teves seu seva seus seves nostre nostra nostres vostre vostra vostres aquest aquesta aquests aquestes
        aquell aquella aquells aquelles aixo allo em et ens li ho ja molt molta molts moltes tot tota tots totes res
        ningu algu algun alguns algunes sempre mai tambe tampoc encara avui ahir dema ara despres abans des fins doncs
        llavors aleshores potser ben millor pitjor clar perfecte correcte exacte acord sisplau siusplau plau quan
        quant quants quanta quantes qui quin quina quins quines com perque soc ets som sou estic estava estem esteu
        tinc tens tenim teniu tenen vull vol vols volem voleu volen volia voldria voldriem puc pot pots podem podeu
        poden pugui sap saps sabeu faig fa fas fem feu fer fet feta fets vaig vam vau anar anem aneu vinc vingut triga trigara trigueu trigant trigat
        arribat arribar arribara arriben arribi arribada rebut rebre rebo rebeu enviat enviada enviament enviaments
        pagat pagada pagament pagaments cobrat cobrada tornar torneu torna tornat retornar retorn canviar canvi canviat
        trucar truqueu trucada trucat truca trucant parlar parlo parla parli dir dit diu diuen dic dius entenc entens
        entes sento necessito necessita necessitem necessiteu ajuda ajudar ajudeu ajudi ajudes esperant deixa deixar
        deixeu deixat passa passat passar passant tancat tanqueu tanca tancar obert oberta obrir obriu veure veig veus
        respon responeu resposta contesteu comanda comandes paquet paquets caixa botiga compte comptes adreca correu
        contrasenya telefon mobil targeta diners setmana setmanes hores servei serveis queixa queixes producte
        productes huma encarregat filla marit mare pare mort morta morir nom carrer ciutat bon bones nit adeu aviat
        surt sortir falten trobo trobar comprat venut oblidat oblidar perdut perdre trencat trencada equivocat mudat
        fart cansat enfadat vergonya ridicul segueix segueixo porto portar posar posat poso treure demanat demanar
        demano comprovar vegada vegades cop cops mateix mateixa altre altra altres coses gent gens massa gaire prou
        forca bastant poc menys tant dades dada dilluns dimarts dimecres dijous divendres dissabte diumenge gener
        febrer marc maig juny juliol agost setembre novembre desembre dues quatre cinc sis vuit nou deu hem heu
        tornarem tornareu facturacio informacio reclamacio devolucio adreça connexio senyal
        xat aquet respondre resposta truqui vinguin rebi comencar
        sisplau siusplau merci~ gracies~ bona lloc llum nou nova vell vella feina mirat puguin vulgui
        nomes doni dona~ any~ be~ codi descompte descomptes subscripcio atencio carrega carregar
        carregant reemborsament reemborsar reemborseu posa posi treu expliqueu expliqui escric escriure escrit escriu tornin torni
        horari horaris reveure ei estat assessor assessora assessors talla tallen estona telefonar trucada trucar
        vermell vermella verd groc finances ep seguiment lliurat lliurada bustia missatger
        atengui atenguin atengues atenga atengue truquin truques passin posin accepteu accepten acceptem acceptes serveix
        funcionen rebuts factures tecnic avaria linia tracte baixa negre negres pantalla~
        sa ses donau
        """

    /// Grammar words — verbs of wanting and being able, pronouns, prepositions — that count twice: customers writing
    /// Catalan borrow Spanish nouns ("vull anular el pedido", "vull la hoja de reclamaciones") but not these, and
    /// the other way round.
    static let strong: [(language: Language, words: String)] = [
        (.spanish, """
            quiero quieres quiere necesito necesita puedo puedes puede podeis tengo tiene tienes estoy hablar con
            los porque muy todavia hay ayer hoy nada cuando cual
            """),
        (.catalan, """
            hui vull vui vols vol voldria necessito necessita puc pots pot podeu tinc tens estic parlar amb els dels pels
            perque molt encara avui ahir gens res quan quin quina aquest aquesta aixo heu hem vaig nomes
            """),
    ]

    /// Words of two languages (evidence of both, so of neither against the other).
    static let shared: [(languages: [Language], words: String)] = [
        ([.spanish, .catalan], """
            hola el la les un una del al de en o que si se tu ella esta estan tenia podria poder saber va van vas ve ha
            ser estar es mes hora mal persona factura numero problema casa cosa aqui mira mirar entrar entra funciona
            funcionar falta espero espera esperar seguir comprar compra cobrar enviar venir dos tres abril octubre
            operador operadora titular responsable consulta consultar revisar avisar urgencia tan igual jaja jajaja porfa plis
            xq pq tb dia han busco buscar contestar cobertura tarda entrega envio contesta poca explicar favor tal gran alguna
            transferir escalar vida
            """),
        ([.english, .catalan], "on us sense fill set fan article urgent client data agent"),
        ([.english, .spanish], "me plan mayor sale"),
    ]

    /// Misspellings customers write, as evidence of their language; unlike the words above they are not known
    /// words, so the spelling corrector still reads them as what they mean ("grasies" as "gràcies").
    static let misspelled: [(languages: [Language], words: String)] = [
        ([.catalan], "grasies grassies mersi~ meua meues seua seues"),
        ([.spanish], "grasias grasia"),
        ([.spanish, .catalan], "funsiona funsionar grcs grax"),
    ]

    /// Words that are evidence of no language: said alike in all three, or names and technical words.
    static let neutral = """
        no a ok okay oki okey he has son real email mail e web app apps wifi internet router online chat bot
        sms pdf ip dni nie iban pin sim ah eh oh uh mm hmm jeje haha hahaha lol xd ciao barcelona madrid
        valencia girona lleida tarragona mallorca sevilla bilbao london paris andorra amazon google whatsapp iphone
        android samsung
        """

    /// Forms told apart only by their accent, looked up as written (lowercase).
    static let accented: [String: [(Language, Double)]] = {
        var forms: [String: [(Language, Double)]] = [:]
        for word in """
            qué él tú más día días está están estás mí allí ahí allá acá después también adiós envío envíos pedí
            recibí pagué llegó dónde cómo cuándo cuánto cuánta quién cuál teléfono móvil sábado miércoles inglés así
            además jamás atrás detrás según aún ningún algún tenés querés podés sabés
            """.split(whereSeparator: \.isWhitespace) {
            forms[String(word)] = [(.spanish, 1)]
        }
        for word in """
            què és té bé sóc són món més perquè també després vostè adéu mòbil telèfon ningú algú així ús només però
            demà entès allà això allò està estàs què pàgina
            """.split(whereSeparator: \.isWhitespace) {
            forms[String(word)] = [(.catalan, 1)]
        }
        return forms
    }()
}
