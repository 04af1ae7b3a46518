package org.priorart.ingest.uspto;

import java.util.HashMap;
import java.util.Map;

/**
 * The character entity names that USPTO documents use without declaring them: their DTDs pull in the
 * ISO 8879 entity sets ({@code &mgr;}, {@code &lsquo;}, {@code &deg;}, {@code &PHgr;}) and a few
 * MathML names ({@code &af;}, {@code &it;}), and the DTDs are not available when we parse.
 *
 * <p>The table holds the ISO 8879 sets (ISOlat1/2, ISOnum, ISOpub, ISOdia, ISOgrk1-4, ISOtech,
 * ISOams*, ISObox, ISOcyr1/2, ISOmfrk/mopf/mscr), the XHTML 1.0 sets and the MathML extras, 2252 names
 * in all. Where two sets define a name the ISO set wins, because the USPTO DTDs are ISO-based. The
 * mappings come from the W3C "XML Entity Definitions for Characters" via the public-domain copies
 * that Docutils ships (docutils/parsers/rst/include/*.txt). Each entry is {@code name=hex[+hex]}.
 */
final class CharacterEntities {

    /** What an undeclared name that is in no set becomes: the Unicode replacement character. */
    static final String UNKNOWN = "\uFFFD";

    private static final String TABLE = """
            Aacute=C1 aacute=E1 Acirc=C2 acirc=E2 AElig=C6 aelig=E6 Agrave=C0 agrave=E0
            Aring=C5 aring=E5 Atilde=C3 atilde=E3 Auml=C4 auml=E4 Ccedil=C7 ccedil=E7
            Eacute=C9 eacute=E9 Ecirc=CA ecirc=EA Egrave=C8 egrave=E8 ETH=D0 eth=F0
            Euml=CB euml=EB Iacute=CD iacute=ED Icirc=CE icirc=EE Igrave=CC igrave=EC
            Iuml=CF iuml=EF Ntilde=D1 ntilde=F1 Oacute=D3 oacute=F3 Ocirc=D4 ocirc=F4
            Ograve=D2 ograve=F2 Oslash=D8 oslash=F8 Otilde=D5 otilde=F5 Ouml=D6 ouml=F6
            szlig=DF THORN=DE thorn=FE Uacute=DA uacute=FA Ucirc=DB ucirc=FB Ugrave=D9
            ugrave=F9 Uuml=DC uuml=FC Yacute=DD yacute=FD yuml=FF Abreve=102 abreve=103
            Amacr=100 amacr=101 Aogon=104 aogon=105 Cacute=106 cacute=107 Ccaron=10C ccaron=10D
            Ccirc=108 ccirc=109 Cdot=10A cdot=10B Dcaron=10E dcaron=10F Dstrok=110 dstrok=111
            Ecaron=11A ecaron=11B Edot=116 edot=117 Emacr=112 emacr=113 ENG=14A eng=14B
            Eogon=118 eogon=119 gacute=1F5 Gbreve=11E gbreve=11F Gcedil=122 gcedil=123 Gcirc=11C
            gcirc=11D Gdot=120 gdot=121 Hcirc=124 hcirc=125 Hstrok=126 hstrok=127 Idot=130
            IJlig=132 ijlig=133 Imacr=12A imacr=12B inodot=131 Iogon=12E iogon=12F Itilde=128
            itilde=129 Jcirc=134 jcirc=135 Kcedil=136 kcedil=137 kgreen=138 Lacute=139 lacute=13A
            Lcaron=13D lcaron=13E Lcedil=13B lcedil=13C Lmidot=13F lmidot=140 Lstrok=141 lstrok=142
            Nacute=143 nacute=144 napos=149 Ncaron=147 ncaron=148 Ncedil=145 ncedil=146 Odblac=150
            odblac=151 OElig=152 oelig=153 Omacr=14C omacr=14D Racute=154 racute=155 Rcaron=158
            rcaron=159 Rcedil=156 rcedil=157 Sacute=15A sacute=15B Scaron=160 scaron=161 Scedil=15E
            scedil=15F Scirc=15C scirc=15D Tcaron=164 tcaron=165 Tcedil=162 tcedil=163 Tstrok=166
            tstrok=167 Ubreve=16C ubreve=16D Udblac=170 udblac=171 Umacr=16A umacr=16B Uogon=172
            uogon=173 Uring=16E uring=16F Utilde=168 utilde=169 Wcirc=174 wcirc=175 Ycirc=176
            ycirc=177 Yuml=178 Zacute=179 zacute=17A Zcaron=17D zcaron=17E Zdot=17B zdot=17C
            amp=26 apos=27 ast=2A brvbar=A6 bsol=5C cent=A2 colon=3A comma=2C
            commat=40 copy=A9 curren=A4 darr=2193 deg=B0 divide=F7 dollar=24 equals=3D
            excl=21 frac12=BD frac14=BC frac18=215B frac34=BE frac38=215C frac58=215D frac78=215E
            gt=3E half=BD horbar=2015 hyphen=2010 iexcl=A1 iquest=BF laquo=AB larr=2190
            lcub=7B ldquo=201C lowbar=5F lpar=28 lsqb=5B lsquo=2018 lt=3C micro=B5
            middot=B7 nbsp=A0 not=AC num=23 ohm=2126 ordf=AA ordm=BA para=B6
            percnt=25 period=2E plus=2B plusmn=B1 pound=A3 quest=3F quot=22 raquo=BB
            rarr=2192 rcub=7D rdquo=201D reg=AE rpar=29 rsqb=5D rsquo=2019 sect=A7
            semi=3B shy=AD sol=2F sung=266A sup1=B9 sup2=B2 sup3=B3 times=D7
            trade=2122 uarr=2191 verbar=7C yen=A5 blank=2423 blk12=2592 blk14=2591 blk34=2593
            block=2588 bull=2022 caret=2041 check=2713 cir=25CB clubs=2663 copysr=2117 cross=2717
            Dagger=2021 dagger=2020 dash=2010 diams=2666 dlcrop=230D drcrop=230C dtri=25BF dtrif=25BE
            emsp=2003 emsp13=2004 emsp14=2005 ensp=2002 female=2640 ffilig=FB03 fflig=FB00 ffllig=FB04
            filig=FB01 flat=266D fllig=FB02 frac13=2153 frac15=2155 frac16=2159 frac23=2154 frac25=2156
            frac35=2157 frac45=2158 frac56=215A hairsp=200A hearts=2665 hellip=2026 hybull=2043 incare=2105
            ldquor=201E lhblk=2584 loz=25CA lozf=29EB lsquor=201A ltri=25C3 ltrif=25C2 male=2642
            malt=2720 marker=25AE mdash=2014 mldr=2026 natur=266E ndash=2013 nldr=2025 numsp=2007
            phone=260E puncsp=2008 rdquor=201D rect=25AD rsquor=2019 rtri=25B9 rtrif=25B8 rx=211E
            sext=2736 sharp=266F spades=2660 squ=25A1 squf=25AA star=2606 starf=2605 target=2316
            telrec=2315 thinsp=2009 uhblk=2580 ulcrop=230F urcrop=230E utri=25B5 utrif=25B4 vellip=22EE
            acute=B4 breve=2D8 caron=2C7 cedil=B8 circ=2C6 dblac=2DD die=A8 dot=2D9
            grave=60 macr=AF ogon=2DB ring=2DA tilde=2DC uml=A8 Agr=391 agr=3B1
            Bgr=392 bgr=3B2 Dgr=394 dgr=3B4 EEgr=397 eegr=3B7 Egr=395 egr=3B5
            Ggr=393 ggr=3B3 Igr=399 igr=3B9 Kgr=39A kgr=3BA KHgr=3A7 khgr=3C7
            Lgr=39B lgr=3BB Mgr=39C mgr=3BC Ngr=39D ngr=3BD Ogr=39F ogr=3BF
            OHgr=3A9 ohgr=3C9 Pgr=3A0 pgr=3C0 PHgr=3A6 phgr=3C6 PSgr=3A8 psgr=3C8
            Rgr=3A1 rgr=3C1 sfgr=3C2 Sgr=3A3 sgr=3C3 Tgr=3A4 tgr=3C4 THgr=398
            thgr=3B8 Ugr=3A5 ugr=3C5 Xgr=39E xgr=3BE Zgr=396 zgr=3B6 Aacgr=386
            aacgr=3AC Eacgr=388 eacgr=3AD EEacgr=389 eeacgr=3AE Iacgr=38A iacgr=3AF idiagr=390
            Idigr=3AA idigr=3CA Oacgr=38C oacgr=3CC OHacgr=38F ohacgr=3CE Uacgr=38E uacgr=3CD
            udiagr=3B0 Udigr=3AB udigr=3CB alpha=3B1 beta=3B2 chi=3C7 Delta=394 delta=3B4
            epsi=3F5 epsis=3F5 epsiv=3B5 eta=3B7 Gamma=393 gamma=3B3 Gammad=3DC gammad=3DD
            iota=3B9 kappa=3BA kappav=3F0 Lambda=39B lambda=3BB mu=3BC nu=3BD Omega=3A9
            omega=3C9 Phi=3A6 phi=3D5 phis=3D5 phiv=3C6 Pi=3A0 pi=3C0 piv=3D6
            Psi=3A8 psi=3C8 rho=3C1 rhov=3F1 Sigma=3A3 sigma=3C3 sigmav=3C2 tau=3C4
            Theta=398 theta=3B8 thetas=3B8 thetav=3D1 Upsi=3D2 upsi=3C5 Xi=39E xi=3BE
            zeta=3B6 acd=223F aleph=2135 And=2A53 and=2227 andand=2A55 andd=2A5C andslope=2A58
            andv=2A5A ang90=221F angrt=221F angsph=2222 angst=212B ap=2248 apacir=2A6F awconint=2233
            awint=2A11 becaus=2235 bernou=212C bne=3D+20E5 bnequiv=2261+20E5 bNot=2AED bnot=2310 bottom=22A5
            cap=2229 Cconint=2230 cirfnint=2A10 compfn=2218 cong=2245 Conint=222F conint=222E ctdot=22EF
            cup=222A cwconint=2232 cwint=2231 cylcty=232D disin=22F2 Dot=A8 DotDot=20DC dsol=29F6
            dtdot=22F1 dwangle=29A6 elinters=FFFD epar=22D5 eparsl=29E3 equiv=2261 eqvparsl=29E5 exist=2203
            fltns=25B1 fnof=192 forall=2200 fpartint=2A0D ge=2265 hamilt=210B iff=21D4 iinfin=29DC
            imped=1B5 infin=221E infintie=29DD Int=222C int=222B intlarhk=2A17 isin=2208 isindot=22F5
            isinE=22F9 isins=22F4 isinsv=22F3 isinv=2208 lagran=2112 Lang=300A lang=2329 lArr=21D0
            lbbrk=3014 le=2264 loang=3018 lobrk=301A lopar=2985 lowast=2217 minus=2212 mnplus=2213
            nabla=2207 ne=2260 nedot=2250+338 nhpar=2AF2 ni=220B nis=22FC nisd=22FA niv=220B
            Not=2AEC notin=2209 notindot=22F5+338 notinE=22F9+338 notinva=2209 notinvb=22F7 notinvc=22F6 notni=220C
            notniva=220C notnivb=22FE notnivc=22FD nparsl=2AFD+20E5 npart=2202+338 npolint=2A14 nvinfin=29DE olcross=29BB
            Or=2A54 or=2228 ord=2A5D order=2134 oror=2A56 orslope=2A57 orv=2A5B par=2225
            parsl=2AFD part=2202 permil=2030 perp=22A5 pertenk=2031 phmmat=2133 pointint=2A15 Prime=2033
            prime=2032 profalar=232E profline=2312 profsurf=2313 prop=221D qint=2A0C qprime=2057 quatint=2A16
            radic=221A Rang=300B rang=232A rArr=21D2 rbbrk=3015 roang=3019 robrk=301B ropar=2986
            rppolint=2A12 scpolint=2A13 sim=223C simdot=2A6A sime=2243 smeparsl=29E4 square=25A1 squarf=25AA
            strns=AF sub=2282 sube=2286 sup=2283 supe=2287 tdot=20DB there4=2234 tint=222D
            top=22A4 topbot=2336 topcir=2AF1 tprime=2034 utdot=22F0 uwangle=29A7 vangrt=299C veeeq=225A
            Verbar=2016 wedgeq=2259 xnis=22FB angzarr=237C cirmid=2AEF cudarrl=2938 cudarrr=2935 cularr=21B6
            cularrp=293D curarr=21B7 curarrm=293C Darr=21A1 dArr=21D3 darr2=21CA ddarr=21CA DDotrahd=2911
            dfisht=297F dHar=2965 dharl=21C3 dharr=21C2 dlarr=2199 drarr=2198 duarr=21F5 duhar=296F
            dzigrarr=27FF erarr=2971 hArr=21D4 harr=2194 harrcir=2948 harrw=21AD hoarr=21FF imof=22B7
            lAarr=21DA Larr=219E larr2=21C7 larrbfs=291F larrfs=291D larrhk=21A9 larrlp=21AB larrpl=2939
            larrsim=2973 larrtl=21A2 lAtail=291B latail=2919 lBarr=290E lbarr=290C ldca=2936 ldrdhar=2967
            ldrushar=294B ldsh=21B2 lfisht=297C lHar=2962 lhard=21BD lharu=21BC lharul=296A llarr=21C7
            llhard=296B loarr=21FD lrarr=21C6 lrarr2=21C6 lrhar=21CB lrhar2=21CB lrhard=296D lsh=21B0
            lurdshar=294A luruhar=2966 Map=2905 map=21A6 midcir=2AF0 mumap=22B8 nearhk=2924 neArr=21D7
            nearr=2197 nesear=2928 nhArr=21CE nharr=21AE nlArr=21CD nlarr=219A nrArr=21CF nrarr=219B
            nrarrc=2933+338 nrarrw=219D+338 nvHarr=2904 nvlArr=2902 nvrArr=2903 nwarhk=2923 nwArr=21D6 nwarr=2196
            nwnear=2927 olarr=21BA orarr=21BB origof=22B6 rAarr=21DB Rarr=21A0 rarr2=21C9 rarrap=2975
            rarrbfs=2920 rarrc=2933 rarrfs=291E rarrhk=21AA rarrlp=21AC rarrpl=2945 rarrsim=2974 Rarrtl=2916
            rarrtl=21A3 rarrw=219D rAtail=291C ratail=291A RBarr=2910 rBarr=290F rbarr=290D rdca=2937
            rdldhar=2969 rdsh=21B3 rfisht=297D rHar=2964 rhard=21C1 rharu=21C0 rharul=296C rlarr=21C4
            rlarr2=21C4 rlhar=21CC rlhar2=21CC roarr=21FE rrarr=21C9 rsh=21B1 ruluhar=2968 searhk=2925
            seArr=21D8 searr=2198 seswar=2929 simrarr=2972 slarr=2190 srarr=2192 swarhk=2926 swArr=21D9
            swarr=2199 swnwar=292A Uarr=219F uArr=21D1 uarr2=21C8 Uarrocir=2949 udarr=21C5 udhar=296E
            ufisht=297E uHar=2963 uharl=21BF uharr=21BE uuarr=21C8 vArr=21D5 varr=2195 xhArr=27FA
            xharr=27F7 xlArr=27F8 xlarr=27F5 xmap=27FC xrArr=27F9 xrarr=27F6 zigrarr=21DD ac=223E
            acE=223E+333 amalg=2A3F barvee=22BD Barwed=2306 barwed=2305 bsolb=29C5 Cap=22D2 capand=2A44
            capbrcup=2A49 capcap=2A4B capcup=2A47 capdot=2A40 caps=2229+FE00 ccaps=2A4D ccups=2A4C ccupssm=2A50
            coprod=2210 Cup=22D3 cupbrcap=2A48 cupcap=2A46 cupcup=2A4A cupdot=228D cupor=2A45 cups=222A+FE00
            cuvee=22CE cuwed=22CF diam=22C4 divonx=22C7 eplus=2A71 hercon=22B9 intcal=22BA iprod=2A3C
            loplus=2A2D lotimes=2A34 lthree=22CB ltimes=22C9 midast=2A minusb=229F minusd=2238 minusdu=2A2A
            ncap=2A43 ncup=2A42 oast=229B ocir=229A odash=229D odiv=2A38 odot=2299 odsold=29BC
            ofcir=29BF ogt=29C1 ohbar=29B5 olcir=29BE olt=29C0 omid=29B6 ominus=2296 opar=29B7
            operp=29B9 oplus=2295 osol=2298 Otimes=2A37 otimes=2297 otimesas=2A36 ovbar=233D plusacir=2A23
            plusb=229E pluscir=2A22 plusdo=2214 plusdu=2A25 pluse=2A72 plussim=2A26 plustwo=2A27 prod=220F
            race=29DA roplus=2A2E rotimes=2A35 rthree=22CC rtimes=22CA sdot=22C5 sdotb=22A1 setmn=2216
            simplus=2A24 smashp=2A33 solb=29C4 sqcap=2293 sqcaps=2293+FE00 sqcup=2294 sqcups=2294+FE00 ssetmn=2216
            sstarf=22C6 subdot=2ABD sum=2211 supdot=2ABE timesb=22A0 timesbar=2A31 timesd=2A30 tridot=25EC
            triminus=2A3A triplus=2A39 trisb=29CD tritime=2A3B uplus=228E veebar=22BB wedbar=2A5F wreath=2240
            xcap=22C2 xcirc=25EF xcup=22C3 xdtri=25BD xodot=2A00 xoplus=2A01 xotime=2A02 xsqcup=2A06
            xuplus=2A04 xutri=25B3 xvee=22C1 xwedge=22C0 dlcorn=231E drcorn=231F gtlPar=2995 langd=2991
            lbrke=298B lbrksld=298F lbrkslu=298D lceil=2308 lfloor=230A lmoust=23B0 lpargt=29A0 lparlt=2993
            ltrPar=2996 rangd=2992 rbrke=298C rbrksld=298E rbrkslu=2990 rceil=2309 rfloor=230B rmoust=23B1
            rpargt=2994 ulcorn=231C urcorn=231D gnap=2A8A gnE=2269 gne=2A88 gnsim=22E7 gvnE=2269+FE00
            lnap=2A89 lnE=2268 lne=2A87 lnsim=22E6 lvnE=2268+FE00 nap=2249 napE=2A70+338 napid=224B+338
            ncong=2247 ncongdot=2A6D+338 nequiv=2262 ngE=2267+338 nge=2271 nges=2A7E+338 nGg=22D9+338 ngsim=2275
            nGt=226B+20D2 ngt=226F nGtv=226B+338 nlE=2266+338 nle=2270 nles=2A7D+338 nLl=22D8+338 nlsim=2274
            nLt=226A+20D2 nlt=226E nltri=22EA nltrie=22EC nLtv=226A+338 nmid=2224 npar=2226 npr=2280
            nprcue=22E0 npre=2AAF+338 nrtri=22EB nrtrie=22ED nsc=2281 nsccue=22E1 nsce=2AB0+338 nsim=2241
            nsime=2244 nsmid=2224 nspar=2226 nsqsube=22E2 nsqsupe=22E3 nsub=2284 nsubE=2AC5+338 nsube=2288
            nsup=2285 nsupE=2AC6+338 nsupe=2289 ntgl=2279 ntlg=2278 nvap=224D+20D2 nVDash=22AF nVdash=22AE
            nvDash=22AD nvdash=22AC nvge=2265+20D2 nvgt=3E+20D2 nvle=2264+20D2 nvlt=3C+20D2 nvltrie=22B4+20D2 nvrtrie=22B5+20D2
            nvsim=223C+20D2 parsim=2AF3 prnap=2AB9 prnE=2AB5 prnsim=22E8 rnmid=2AEE scnap=2ABA scnE=2AB6
            scnsim=22E9 simne=2246 solbar=233F subnE=2ACB subne=228A supnE=2ACC supne=228B vnsub=2282+20D2
            vnsup=2283+20D2 vsubnE=2ACB+FE00 vsubne=228A+FE00 vsupnE=2ACC+FE00 vsupne=228B+FE00 ang=2220 ange=29A4 angmsd=2221
            angmsdaa=29A8 angmsdab=29A9 angmsdac=29AA angmsdad=29AB angmsdae=29AC angmsdaf=29AD angmsdag=29AE angmsdah=29AF
            angrtvb=22BE angrtvbd=299D bbrk=23B5 bbrktbrk=23B6 bemptyv=29B0 beth=2136 boxbox=29C9 bprime=2035
            bsemi=204F cemptyv=29B2 cirE=29C3 cirscir=29C2 comp=2201 daleth=2138 demptyv=29B1 ell=2113
            empty=2205 emptyv=2205 gimel=2137 iiota=2129 image=2111 imath=131 jmath=6A jnodot=6A
            laemptyv=29B4 lltri=25FA lrtri=22BF mho=2127 nang=2220+20D2 nexist=2204 oS=24C8 planck=210F
            plankv=210F raemptyv=29B3 range=29A5 real=211C sbsol=FE68 tbrk=23B4 trpezium=FFFD ultri=25F8
            urtri=25F9 vprime=2032 vzigzag=299A weierp=2118 apE=2A70 ape=224A apid=224B asymp=2248
            Barv=2AE7 bcong=224C bepsi=3F6 bowtie=22C8 bsim=223D bsime=22CD bsolhsub=5C+2282 bump=224E
            bumpE=2AAE bumpe=224F cire=2257 Colon=2237 Colone=2A74 colone=2254 congdot=2A6D csub=2ACF
            csube=2AD1 csup=2AD0 csupe=2AD2 cuepr=22DE cuesc=22DF cupre=227C Dashv=2AE4 dashv=22A3
            easter=2A6E ecir=2256 ecolon=2255 eDDot=2A77 eDot=2251 efDot=2252 eg=2A9A egs=2A96
            egsdot=2A98 el=2A99 els=2A95 elsdot=2A97 equest=225F equivDD=2A78 erDot=2253 esdot=2250
            Esim=2A73 esim=2242 fork=22D4 forkv=2AD9 frown=2322 gap=2A86 gE=2267 gEl=2A8C
            gel=22DB ges=2A7E gescc=2AA9 gesdot=2A80 gesdoto=2A82 gesdotol=2A84 gesl=22DB+FE00 gesles=2A94
            Gg=22D9 gl=2277 gla=2AA5 glE=2A92 glj=2AA4 gsdot=22D7 gsim=2273 gsime=2A8E
            gsiml=2A90 Gt=226B gtcc=2AA7 gtcir=2A7A gtdot=22D7 gtquest=2A7C gtrarr=2978 homtht=223B
            lap=2A85 lat=2AAB late=2AAD lates=2AAD+FE00 ldot=22D6 lE=2266 lEg=2A8B leg=22DA
            les=2A7D lescc=2AA8 lesdot=2A7F lesdoto=2A81 lesdotor=2A83 lesg=22DA+FE00 lesges=2A93 lg=2276
            lgE=2A91 Ll=22D8 lsim=2272 lsime=2A8D lsimg=2A8F Lt=226A ltcc=2AA6 ltcir=2A79
            ltdot=22D6 ltlarr=2976 ltquest=2A7B ltrie=22B4 mcomma=2A29 mDDot=223A mid=2223 mlcp=2ADB
            models=22A7 mstpos=223E Pr=2ABB pr=227A prap=2AB7 prcue=227C prE=2AB3 pre=2AAF
            prsim=227E prurel=22B0 ratio=2236 rtrie=22B5 rtriltri=29CE samalg=2210 Sc=2ABC sc=227B
            scap=2AB8 sccue=227D scE=2AB4 sce=2AB0 scsim=227F sdote=2A66 sfrown=2322 simg=2A9E
            simgE=2AA0 siml=2A9D simlE=2A9F smid=2223 smile=2323 smt=2AAA smte=2AAC smtes=2AAC+FE00
            spar=2225 sqsub=228F sqsube=2291 sqsup=2290 sqsupe=2292 ssmile=2323 Sub=22D0 subE=2AC5
            subedot=2AC3 submult=2AC1 subplus=2ABF subrarr=2979 subsim=2AC7 subsub=2AD5 subsup=2AD3 Sup=22D1
            supdsub=2AD8 supE=2AC6 supedot=2AC4 suphsol=2283+2F suphsub=2AD7 suplarr=297B supmult=2AC2 supplus=2AC0
            supsim=2AC8 supsub=2AD4 supsup=2AD6 thkap=2248 thksim=223C topfork=2ADA trie=225C twixt=226C
            Vbar=2AEB vBar=2AE8 vBarv=2AE9 VDash=22AB Vdash=22A9 vDash=22A8 vdash=22A2 Vdashl=2AE6
            vltri=22B2 vprop=221D vrtri=22B3 Vvdash=22AA boxDL=2557 boxDl=2556 boxdL=2555 boxdl=2510
            boxDR=2554 boxDr=2553 boxdR=2552 boxdr=250C boxH=2550 boxh=2500 boxHD=2566 boxHd=2564
            boxhD=2565 boxhd=252C boxHU=2569 boxHu=2567 boxhU=2568 boxhu=2534 boxUL=255D boxUl=255C
            boxuL=255B boxul=2518 boxUR=255A boxUr=2559 boxuR=2558 boxur=2514 boxV=2551 boxv=2502
            boxVH=256C boxVh=256B boxvH=256A boxvh=253C boxVL=2563 boxVl=2562 boxvL=2561 boxvl=2524
            boxVR=2560 boxVr=255F boxvR=255E boxvr=251C Acy=410 acy=430 Bcy=411 bcy=431
            CHcy=427 chcy=447 Dcy=414 dcy=434 Ecy=42D ecy=44D Fcy=424 fcy=444
            Gcy=413 gcy=433 HARDcy=42A hardcy=44A Icy=418 icy=438 IEcy=415 iecy=435
            IOcy=401 iocy=451 Jcy=419 jcy=439 Kcy=41A kcy=43A KHcy=425 khcy=445
            Lcy=41B lcy=43B Mcy=41C mcy=43C Ncy=41D ncy=43D numero=2116 Ocy=41E
            ocy=43E Pcy=41F pcy=43F Rcy=420 rcy=440 Scy=421 scy=441 SHCHcy=429
            shchcy=449 SHcy=428 shcy=448 SOFTcy=42C softcy=44C Tcy=422 tcy=442 TScy=426
            tscy=446 Ucy=423 ucy=443 Vcy=412 vcy=432 YAcy=42F yacy=44F Ycy=42B
            ycy=44B YUcy=42E yucy=44E Zcy=417 zcy=437 ZHcy=416 zhcy=436 DJcy=402
            djcy=452 DScy=405 dscy=455 DZcy=40F dzcy=45F GJcy=403 gjcy=453 Iukcy=406
            iukcy=456 Jsercy=408 jsercy=458 Jukcy=404 jukcy=454 KJcy=40C kjcy=45C LJcy=409
            ljcy=459 NJcy=40A njcy=45A TSHcy=40B tshcy=45B Ubrcy=40E ubrcy=45E YIcy=407
            yicy=457 b.alpha=1D6C2 b.beta=1D6C3 b.chi=1D6D8 b.Delta=1D6AB b.delta=1D6C5 b.epsi=1D6C6 b.epsiv=1D6DC
            b.eta=1D6C8 b.Gamma=1D6AA b.gamma=1D6C4 b.Gammad=3DC b.gammad=3DD b.iota=1D6CA b.kappa=1D6CB b.kappav=1D6DE
            b.Lambda=1D6B2 b.lambda=1D6CC b.mu=1D6CD b.nu=1D6CE b.Omega=1D6C0 b.omega=1D6DA b.Phi=1D6BD b.phi=1D6D7
            b.phiv=1D6DF b.Pi=1D6B7 b.pi=1D6D1 b.piv=1D6E1 b.Psi=1D6BF b.psi=1D6D9 b.rho=1D6D2 b.rhov=1D6E0
            b.Sigma=1D6BA b.sigma=1D6D4 b.sigmav=1D6D3 b.tau=1D6D5 b.Theta=1D6AF b.thetas=1D6C9 b.thetav=1D6DD b.Upsi=1D6BC
            b.upsi=1D6D6 b.Xi=1D6B5 b.xi=1D6CF b.zeta=1D6C7 Afr=1D504 afr=1D51E Bfr=1D505 bfr=1D51F
            Cfr=212D cfr=1D520 Dfr=1D507 dfr=1D521 Efr=1D508 efr=1D522 Ffr=1D509 ffr=1D523
            Gfr=1D50A gfr=1D524 Hfr=210C hfr=1D525 Ifr=2111 ifr=1D526 Jfr=1D50D jfr=1D527
            Kfr=1D50E kfr=1D528 Lfr=1D50F lfr=1D529 Mfr=1D510 mfr=1D52A Nfr=1D511 nfr=1D52B
            Ofr=1D512 ofr=1D52C Pfr=1D513 pfr=1D52D Qfr=1D514 qfr=1D52E Rfr=211C rfr=1D52F
            Sfr=1D516 sfr=1D530 Tfr=1D517 tfr=1D531 Ufr=1D518 ufr=1D532 Vfr=1D519 vfr=1D533
            Wfr=1D51A wfr=1D534 Xfr=1D51B xfr=1D535 Yfr=1D51C yfr=1D536 Zfr=2128 zfr=1D537
            Aopf=1D538 Bopf=1D539 Copf=2102 Dopf=1D53B Eopf=1D53C Fopf=1D53D Gopf=1D53E Hopf=210D
            Iopf=1D540 Jopf=1D541 Kopf=1D542 Lopf=1D543 Mopf=1D544 Nopf=2115 Oopf=1D546 Popf=2119
            Qopf=211A Ropf=211D Sopf=1D54A Topf=1D54B Uopf=1D54C Vopf=1D54D Wopf=1D54E Xopf=1D54F
            Yopf=1D550 Zopf=2124 Ascr=1D49C ascr=1D4B6 Bscr=212C bscr=1D4B7 Cscr=1D49E cscr=1D4B8
            Dscr=1D49F dscr=1D4B9 Escr=2130 escr=212F Fscr=2131 fscr=1D4BB Gscr=1D4A2 gscr=210A
            Hscr=210B hscr=1D4BD Iscr=2110 iscr=1D4BE Jscr=1D4A5 jscr=1D4BF Kscr=1D4A6 kscr=1D4C0
            Lscr=2112 lscr=1D4C1 Mscr=2133 mscr=1D4C2 Nscr=1D4A9 nscr=1D4C3 Oscr=1D4AA oscr=2134
            Pscr=1D4AB pscr=1D4C5 Qscr=1D4AC qscr=1D4C6 Rscr=211B rscr=1D4C7 Sscr=1D4AE sscr=1D4C8
            Tscr=1D4AF tscr=1D4C9 Uscr=1D4B0 uscr=1D4CA Vscr=1D4B1 vscr=1D4CB Wscr=1D4B2 wscr=1D4CC
            Xscr=1D4B3 xscr=1D4CD Yscr=1D4B4 yscr=1D4CE Zscr=1D4B5 zscr=1D4CF bdquo=201E euro=20AC
            lrm=200E lsaquo=2039 rlm=200F rsaquo=203A sbquo=201A zwj=200D zwnj=200C alefsym=2135
            Alpha=391 Beta=392 Chi=3A7 crarr=21B5 Epsilon=395 epsilon=3B5 Eta=397 frasl=2044
            Iota=399 Kappa=39A Mu=39C Nu=39D oline=203E Omicron=39F omicron=3BF Rho=3A1
            sigmaf=3C2 Tau=3A4 thetasym=3D1 upsih=3D2 Upsilon=3A5 upsilon=3C5 Zeta=396 af=2061
            aopf=1D552 asympeq=224D bopf=1D553 copf=1D554 Cross=2A2F DD=2145 dd=2146 dopf=1D555
            DownArrowBar=2913 DownBreve=311 DownLeftRightVector=2950 DownLeftTeeVector=295E DownLeftVectorBar=2956 DownRightTeeVector=295F DownRightVectorBar=2957 ee=2147
            EmptySmallSquare=25FB EmptyVerySmallSquare=25AB eopf=1D556 Equal=2A75 FilledSmallSquare=25FC FilledVerySmallSquare=25AA fopf=1D557 gopf=1D558
            GreaterGreater=2AA2 Hat=5E hopf=1D559 HorizontalLine=2500 ic=2063 ii=2148 iopf=1D55A it=2062
            jopf=1D55B kopf=1D55C larrb=21E4 LeftDownTeeVector=2961 LeftDownVectorBar=2959 LeftRightVector=294E LeftTeeVector=295A LeftTriangleBar=29CF
            LeftUpDownVector=2951 LeftUpTeeVector=2960 LeftUpVectorBar=2958 LeftVectorBar=2952 LessLess=2AA1 lopf=1D55D mapstodown=21A7 mapstoleft=21A4
            mapstoup=21A5 MediumSpace=205F mopf=1D55E nbump=224E+338 nbumpe=224F+338 nesim=2242+338 NewLine=A NoBreak=2060
            nopf=1D55F NotCupCap=226D NotHumpEqual=224F+338 NotLeftTriangleBar=29CF+338
            NotNestedGreaterGreater=2AA2+338 NotNestedLessLess=2AA1+338 NotRightTriangleBar=29D0+338 NotSquareSubset=228F+338
            NotSquareSuperset=2290+338 NotSucceedsTilde=227F+338 oopf=1D560 OverBar=AF OverBrace=FE37 OverBracket=23B4 OverParenthesis=FE35 planckh=210E
            popf=1D561 Product=220F qopf=1D562 rarrb=21E5 RightDownTeeVector=295D RightDownVectorBar=2955 RightTeeVector=295B RightTriangleBar=29D0
            RightUpDownVector=294F RightUpTeeVector=295C RightUpVectorBar=2954 RightVectorBar=2953 ropf=1D563 RoundImplies=2970 RuleDelayed=29F4 sopf=1D564
            Tab=9 ThickSpace=2009+200A+200A topf=1D565 UnderBar=332 UnderBrace=FE38 UnderBracket=23B5 UnderParenthesis=FE36 uopf=1D566
            UpArrowBar=2912 VerticalLine=7C VerticalSeparator=2758 vopf=1D567 wopf=1D568 xopf=1D569 yopf=1D56A ZeroWidthSpace=200B
            zopf=1D56B angle=2220 ApplyFunction=2061 approx=2248 approxeq=224A Assign=2254 backcong=224C backepsilon=3F6
            backprime=2035 backsim=223D backsimeq=22CD Backslash=2216 barwedge=2305 Because=2235 because=2235 Bernoullis=212C
            between=226C bigcap=22C2 bigcirc=25EF bigcup=22C3 bigodot=2A00 bigoplus=2A01 bigotimes=2A02 bigsqcup=2A06
            bigstar=2605 bigtriangledown=25BD bigtriangleup=25B3 biguplus=2A04 bigvee=22C1 bigwedge=22C0 bkarow=290D blacklozenge=29EB
            blacksquare=25AA blacktriangle=25B4 blacktriangledown=25BE blacktriangleleft=25C2 blacktriangleright=25B8 bot=22A5 boxminus=229F boxplus=229E
            boxtimes=22A0 Breve=2D8 bullet=2022 Bumpeq=224E bumpeq=224F CapitalDifferentialD=2145 Cayleys=212D Cedilla=B8
            CenterDot=B7 centerdot=B7 checkmark=2713 circeq=2257 circlearrowleft=21BA circlearrowright=21BB circledast=229B circledcirc=229A
            circleddash=229D CircleDot=2299 circledR=AE circledS=24C8 CircleMinus=2296 CirclePlus=2295 CircleTimes=2297 ClockwiseContourIntegral=2232
            CloseCurlyDoubleQuote=201D CloseCurlyQuote=2019 clubsuit=2663 coloneq=2254 complement=2201 complexes=2102 Congruent=2261 ContourIntegral=222E
            Coproduct=2210 CounterClockwiseContourIntegral=2233 CupCap=224D curlyeqprec=22DE curlyeqsucc=22DF curlyvee=22CE curlywedge=22CF curvearrowleft=21B6
            curvearrowright=21B7 dbkarow=290F ddagger=2021 ddotseq=2A77 Del=2207 DiacriticalAcute=B4 DiacriticalDot=2D9 DiacriticalDoubleAcute=2DD
            DiacriticalGrave=60 DiacriticalTilde=2DC Diamond=22C4 diamond=22C4 diamondsuit=2666 DifferentialD=2146 digamma=3DD div=F7
            divideontimes=22C7 doteq=2250 doteqdot=2251 DotEqual=2250 dotminus=2238 dotplus=2214 dotsquare=22A1 doublebarwedge=2306
            DoubleContourIntegral=222F DoubleDot=A8 DoubleDownArrow=21D3 DoubleLeftArrow=21D0 DoubleLeftRightArrow=21D4 DoubleLeftTee=2AE4 DoubleLongLeftArrow=27F8 DoubleLongLeftRightArrow=27FA
            DoubleLongRightArrow=27F9 DoubleRightArrow=21D2 DoubleRightTee=22A8 DoubleUpArrow=21D1 DoubleUpDownArrow=21D5 DoubleVerticalBar=2225 DownArrow=2193 Downarrow=21D3
            downarrow=2193 DownArrowUpArrow=21F5 downdownarrows=21CA downharpoonleft=21C3 downharpoonright=21C2 DownLeftVector=21BD DownRightVector=21C1 DownTee=22A4
            DownTeeArrow=21A7 drbkarow=2910 Element=2208 emptyset=2205 eqcirc=2256 eqcolon=2255 eqsim=2242 eqslantgtr=2A96
            eqslantless=2A95 EqualTilde=2242 Equilibrium=21CC Exists=2203 expectation=2130 ExponentialE=2147 exponentiale=2147 fallingdotseq=2252
            ForAll=2200 Fouriertrf=2131 geq=2265 geqq=2267 geqslant=2A7E gg=226B ggg=22D9 gnapprox=2A8A
            gneq=2A88 gneqq=2269 GreaterEqual=2265 GreaterEqualLess=22DB GreaterFullEqual=2267 GreaterLess=2277 GreaterSlantEqual=2A7E GreaterTilde=2273
            gtrapprox=2A86 gtrdot=22D7 gtreqless=22DB gtreqqless=2A8C gtrless=2277 gtrsim=2273 gvertneqq=2269+FE00 Hacek=2C7
            hbar=210F heartsuit=2665 HilbertSpace=210B hksearow=2925 hkswarow=2926 hookleftarrow=21A9 hookrightarrow=21AA hslash=210F
            HumpDownHump=224E HumpEqual=224F iiiint=2A0C iiint=222D Im=2111 ImaginaryI=2148 imagline=2110 imagpart=2111
            Implies=21D2 in=2208 integers=2124 Integral=222B intercal=22BA Intersection=22C2 intprod=2A3C InvisibleComma=2063
            InvisibleTimes=2062 langle=2329 Laplacetrf=2112 lbrace=7B lbrack=5B LeftAngleBracket=2329 LeftArrow=2190 Leftarrow=21D0
            leftarrow=2190 LeftArrowBar=21E4 LeftArrowRightArrow=21C6 leftarrowtail=21A2 LeftCeiling=2308 LeftDoubleBracket=301A LeftDownVector=21C3 LeftFloor=230A
            leftharpoondown=21BD leftharpoonup=21BC leftleftarrows=21C7 LeftRightArrow=2194 Leftrightarrow=21D4 leftrightarrow=2194 leftrightarrows=21C6 leftrightharpoons=21CB
            leftrightsquigarrow=21AD LeftTee=22A3 LeftTeeArrow=21A4 leftthreetimes=22CB LeftTriangle=22B2 LeftTriangleEqual=22B4 LeftUpVector=21BF LeftVector=21BC
            leq=2264 leqq=2266 leqslant=2A7D lessapprox=2A85 lessdot=22D6 lesseqgtr=22DA lesseqqgtr=2A8B LessEqualGreater=22DA
            LessFullEqual=2266 LessGreater=2276 lessgtr=2276 lesssim=2272 LessSlantEqual=2A7D LessTilde=2272 ll=226A llcorner=231E
            Lleftarrow=21DA lmoustache=23B0 lnapprox=2A89 lneq=2A87 lneqq=2268 LongLeftArrow=27F5 Longleftarrow=27F8 longleftarrow=27F5
            LongLeftRightArrow=27F7 Longleftrightarrow=27FA longleftrightarrow=27F7 longmapsto=27FC LongRightArrow=27F6 Longrightarrow=27F9 longrightarrow=27F6 looparrowleft=21AB
            looparrowright=21AC LowerLeftArrow=2199 LowerRightArrow=2198 lozenge=25CA lrcorner=231F Lsh=21B0 lvertneqq=2268+FE00 maltese=2720
            mapsto=21A6 measuredangle=2221 Mellintrf=2133 MinusPlus=2213 mp=2213 multimap=22B8 napprox=2249 natural=266E
            naturals=2115 nearrow=2197 NegativeMediumSpace=200B NegativeThickSpace=200B NegativeThinSpace=200B NegativeVeryThinSpace=200B NestedGreaterGreater=226B NestedLessLess=226A
            nexists=2204 ngeq=2271 ngeqq=2267+338 ngeqslant=2A7E+338 ngtr=226F nLeftarrow=21CD nleftarrow=219A nLeftrightarrow=21CE
            nleftrightarrow=21AE nleq=2270 nleqq=2266+338 nleqslant=2A7D+338 nless=226E NonBreakingSpace=A0 NotCongruent=2262 NotDoubleVerticalBar=2226
            NotElement=2209 NotEqual=2260 NotEqualTilde=2242+338 NotExists=2204 NotGreater=226F NotGreaterEqual=2271 NotGreaterFullEqual=2266+338 NotGreaterGreater=226B+338
            NotGreaterLess=2279 NotGreaterSlantEqual=2A7E+338 NotGreaterTilde=2275 NotHumpDownHump=224E+338 NotLeftTriangle=22EA NotLeftTriangleEqual=22EC NotLess=226E NotLessEqual=2270
            NotLessGreater=2278 NotLessLess=226A+338 NotLessSlantEqual=2A7D+338 NotLessTilde=2274 NotPrecedes=2280 NotPrecedesEqual=2AAF+338 NotPrecedesSlantEqual=22E0 NotReverseElement=220C
            NotRightTriangle=22EB NotRightTriangleEqual=22ED NotSquareSubsetEqual=22E2 NotSquareSupersetEqual=22E3 NotSubset=2282+20D2 NotSubsetEqual=2288 NotSucceeds=2281 NotSucceedsEqual=2AB0+338
            NotSucceedsSlantEqual=22E1 NotSuperset=2283+20D2 NotSupersetEqual=2289 NotTilde=2241 NotTildeEqual=2244 NotTildeFullEqual=2247 NotTildeTilde=2249 NotVerticalBar=2224
            nparallel=2226 nprec=2280 npreceq=2AAF+338 nRightarrow=21CF nrightarrow=219B nshortmid=2224 nshortparallel=2226 nsimeq=2244
            nsubset=2282+20D2 nsubseteq=2288 nsubseteqq=2AC5+338 nsucc=2281 nsucceq=2AB0+338 nsupset=2283+20D2 nsupseteq=2289 nsupseteqq=2AC6+338
            ntriangleleft=22EA ntrianglelefteq=22EC ntriangleright=22EB ntrianglerighteq=22ED nwarrow=2196 oint=222E OpenCurlyDoubleQuote=201C OpenCurlyQuote=2018
            orderof=2134 parallel=2225 PartialD=2202 pitchfork=22D4 PlusMinus=B1 pm=B1 Poincareplane=210C prec=227A
            precapprox=2AB7 preccurlyeq=227C Precedes=227A PrecedesEqual=2AAF PrecedesSlantEqual=227C PrecedesTilde=227E preceq=2AAF precnapprox=2AB9
            precneqq=2AB5 precnsim=22E8 precsim=227E primes=2119 Proportion=2237 Proportional=221D propto=221D quaternions=210D
            questeq=225F rangle=232A rationals=211A rbrace=7D rbrack=5D Re=211C realine=211B realpart=211C
            reals=211D ReverseElement=220B ReverseEquilibrium=21CB ReverseUpEquilibrium=296F RightAngleBracket=232A RightArrow=2192 Rightarrow=21D2 rightarrow=2192
            RightArrowBar=21E5 RightArrowLeftArrow=21C4 rightarrowtail=21A3 RightCeiling=2309 RightDoubleBracket=301B RightDownVector=21C2 RightFloor=230B rightharpoondown=21C1
            rightharpoonup=21C0 rightleftarrows=21C4 rightleftharpoons=21CC rightrightarrows=21C9 rightsquigarrow=219D RightTee=22A2 RightTeeArrow=21A6 rightthreetimes=22CC
            RightTriangle=22B3 RightTriangleEqual=22B5 RightUpVector=21BE RightVector=21C0 risingdotseq=2253 rmoustache=23B1 Rrightarrow=21DB Rsh=21B1
            searrow=2198 setminus=2216 ShortDownArrow=2193 ShortLeftArrow=2190 shortmid=2223 shortparallel=2225 ShortRightArrow=2192 ShortUpArrow=2191
            simeq=2243 SmallCircle=2218 smallsetminus=2216 spadesuit=2660 Sqrt=221A sqsubset=228F sqsubseteq=2291 sqsupset=2290
            sqsupseteq=2292 Square=25A1 SquareIntersection=2293 SquareSubset=228F SquareSubsetEqual=2291 SquareSuperset=2290 SquareSupersetEqual=2292 SquareUnion=2294
            Star=22C6 straightepsilon=3F5 straightphi=3D5 Subset=22D0 subset=2282 subseteq=2286 subseteqq=2AC5 SubsetEqual=2286
            subsetneq=228A subsetneqq=2ACB succ=227B succapprox=2AB8 succcurlyeq=227D Succeeds=227B SucceedsEqual=2AB0 SucceedsSlantEqual=227D
            SucceedsTilde=227F succeq=2AB0 succnapprox=2ABA succneqq=2AB6 succnsim=22E9 succsim=227F SuchThat=220B Sum=2211
            Superset=2283 SupersetEqual=2287 Supset=22D1 supset=2283 supseteq=2287 supseteqq=2AC6 supsetneq=228B supsetneqq=2ACC
            swarrow=2199 Therefore=2234 therefore=2234 thickapprox=2248 thicksim=223C ThinSpace=2009 Tilde=223C TildeEqual=2243
            TildeFullEqual=2245 TildeTilde=2248 toea=2928 tosa=2929 triangle=25B5 triangledown=25BF triangleleft=25C3 trianglelefteq=22B4
            triangleq=225C triangleright=25B9 trianglerighteq=22B5 TripleDot=20DB twoheadleftarrow=219E twoheadrightarrow=21A0 ulcorner=231C Union=22C3
            UnionPlus=228E UpArrow=2191 Uparrow=21D1 uparrow=2191 UpArrowDownArrow=21C5 UpDownArrow=2195 Updownarrow=21D5 updownarrow=2195
            UpEquilibrium=296E upharpoonleft=21BF upharpoonright=21BE UpperLeftArrow=2196 UpperRightArrow=2197 UpTee=22A5 UpTeeArrow=21A5 upuparrows=21C8
            urcorner=231D varepsilon=3B5 varkappa=3F0 varnothing=2205 varphi=3C6 varpi=3D6 varpropto=221D varrho=3F1
            varsigma=3C2 varsubsetneq=228A+FE00 varsubsetneqq=2ACB+FE00 varsupsetneq=228B+FE00 varsupsetneqq=2ACC+FE00 vartheta=3D1 vartriangleleft=22B2 vartriangleright=22B3
            Vee=22C1 vee=2228 Vert=2016 vert=7C VerticalBar=2223 VerticalTilde=2240 VeryThinSpace=200A Wedge=22C0
            wedge=2227 wp=2118 wr=2240 zeetrf=2128
            """;

    private static final Map<String, String> NAMES = load();

    private CharacterEntities() {
    }

    /** The characters a named entity stands for, or null when the name is in none of the sets. */
    static String resolve(String name) {
        return NAMES.get(name);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>(4096);
        for (String entry : TABLE.strip().split("\\s+")) {
            int eq = entry.indexOf('=');
            StringBuilder chars = new StringBuilder(2);
            for (String hex : entry.substring(eq + 1).split("\\+")) {
                chars.appendCodePoint(Integer.parseInt(hex, 16));
            }
            names.putIfAbsent(entry.substring(0, eq), chars.toString());
        }
        return Map.copyOf(names);
    }
}
