def case(id, lang, text, notes, hard=False, **fmt):
    return {"id": id, "lang": lang, "text": text, "notes": notes, "hard": hard, **fmt}
