"""Article text the headline tests build their pages around: paragraphs long enough to be read as the body."""

BODY = ("Der Gemeinderat hat am Montag lange über die Zukunft des Marktplatzes beraten und am Ende "
        "mit knapper Mehrheit für einen Umbau gestimmt, der im nächsten Jahr beginnen soll.\n") * 3
PARAGRAPHS = ["Die Händler auf dem Platz fürchten um ihre Einnahmen während der Bauzeit, die nach den Plänen "
              "der Verwaltung gut anderthalb Jahre dauern wird, und verlangen einen Ausgleich.",
              "Die Verwaltung will in den kommenden Wochen mit allen Beteiligten sprechen und danach einen "
              "Zeitplan vorlegen, der die Markttage so weit wie möglich berücksichtigt.",
              "Der Baubeginn hängt auch davon ab, ob die Zuschüsse des Landes rechtzeitig bewilligt werden, "
              "über die der zuständige Ausschuss erst im Herbst entscheidet."]
ROOM_BODY = ("Wer im Winter zu selten lüftet, verschlechtert das Raumklima: Die feuchte Luft schlägt sich an "
             "den kalten Scheiben nieder, und an den Rahmen bildet sich mit der Zeit Schimmel.\n") * 3
