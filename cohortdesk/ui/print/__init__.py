"""Print materials: the convening packet, badges, table tents, sign-in sheets and agendas."""
