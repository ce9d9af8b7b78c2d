UPDATE <table> SET (<columns>) = (<values>) WHERE id = :id
