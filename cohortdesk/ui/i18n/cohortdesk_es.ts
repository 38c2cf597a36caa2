<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Run peer-learning cohorts and their convenings, offline.</source>
        <translation>Gestione cohortes de aprendizaje entre pares y sus encuentros, sin conexión.</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Tipos de letra</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>see licence text</source>
        <translation>vea el texto de la licencia</translation>
    </message>
    <message>
        <source>licence file missing</source>
        <translation>falta el archivo de la licencia</translation>
    </message>
    <message>
        <source>{n} styles</source>
        <translation>{n} estilos</translation>
    </message>
    <message>
        <source>Styles: {styles}</source>
        <translation>Estilos: {styles}</translation>
    </message>
    <message>
        <source>The licence text is not included in this build.</source>
        <translation>El texto de la licencia no está incluido en esta versión.</translation>
    </message>
    <message>
        <source>installed app in {folder}</source>
        <translation>aplicación instalada en {folder}</translation>
    </message>
    <message>
        <source>source tree at {folder}</source>
        <translation>código fuente en {folder}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Running from</source>
        <translation>Se ejecuta desde</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>{workspace} (read-only)</source>
        <translation>{workspace} (solo lectura)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>{app} itself is licensed under the {licence} licence.</source>
        <translation>{app} se distribuye bajo la licencia {licence}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Bundled fonts and libraries</source>
        <translation>Tipos de letra y bibliotecas incluidos</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Choose a font or library to read its licence.</source>
        <translation>Elija un tipo de letra o una biblioteca para leer su licencia.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (vencido)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Edit next step</source>
        <translation>Editar próximo paso</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Add next step…</source>
        <translation>&amp;Agregar próximo paso…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Pendientes de sesiones anteriores</translation>
    </message>
    <message>
        <source>Raised in this session</source>
        <translation>Surgidos en esta sesión</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} vencidos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried forward from earlier sessions&lt;/b&gt; — {still_open} still open{extra}</source>
        <translation>&lt;b&gt;Pendientes de sesiones anteriores&lt;/b&gt; — {still_open} aún pendientes{extra}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carried forward from earlier sessions&lt;/b&gt; — none</source>
        <translation>&lt;b&gt;Pendientes de sesiones anteriores&lt;/b&gt; — ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Raised in this session&lt;/b&gt; — none yet</source>
        <translation>&lt;b&gt;Surgidos en esta sesión&lt;/b&gt; — ninguno aún</translation>
    </message>
    <message>
        <source>&lt;b&gt;Raised in this session&lt;/b&gt; — {n}</source>
        <translation>&lt;b&gt;Surgidos en esta sesión&lt;/b&gt; — {n}</translation>
    </message>
</context>
<context>
    <name>AgendaDialogs</name>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Not named yet (placeholder)</source>
        <translation>Sin nombre todavía (provisional)</translation>
    </message>
    <message>
        <source>TBD — speaker from a partner city</source>
        <translation>Por confirmar — ponente de una ciudad aliada</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Place&amp;holder:</source>
        <translation>Pro&amp;visional:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Sin facilitador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador:</translation>
    </message>
    <message>
        <source>&amp;Members (people already in another group of this breakout are marked):</source>
        <translation>&amp;Integrantes (se marca a quienes ya están en otro grupo de esta actividad):</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>{label}    ← in {other}</source>
        <translation>{label}    ← en {other}</translation>
    </message>
    <message>
        <source>Day {day} times</source>
        <translation>Horario del día {day}</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>El día empieza</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Fin previsto:</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>El día termina</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>El día &amp;empieza:</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>&amp;Replace the current agenda ({items}) instead of adding to it</source>
        <translation>&amp;Reemplazar la agenda actual ({items}) en lugar de agregar a ella</translation>
    </message>
    <message>
        <source>Replace the current agenda</source>
        <translation>Reemplazar la agenda actual</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Pin to</source>
        <translation>Fijar a las</translation>
    </message>
    <message>
        <source>Pinned to a clock time</source>
        <translation>Fijado a una hora</translation>
    </message>
    <message>
        <source>Pinned time</source>
        <translation>Hora fijada</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materiales:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presenters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ponentes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakout groups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grupos de trabajo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Agregar grupo…</translation>
    </message>
    <message>
        <source>Edit group…</source>
        <translation>Editar grupo…</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Generar…</translation>
    </message>
    <message>
        <source>Make the groups from everyone registered or attending, mixing people who have not met in earlier sessions</source>
        <translation>Formar los grupos con todas las personas inscritas o presentes, mezclando a quienes no se han encontrado en sesiones anteriores</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Seleccione un punto</translation>
    </message>
    <message>
        <source>{group} — {n} members</source>
        <translation>{group} — {n} integrantes</translation>
    </message>
    <message>
        <source>facilitated by {name}</source>
        <translation>facilita {name}</translation>
    </message>
    <message>
        <source>also in another group: {names}</source>
        <translation>también en otro grupo: {names}</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
</context>
<context>
    <name>AgendaItemKind</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Breakout</source>
        <translation>Grupos de trabajo</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AgendaMenus</name>
    <message>
        <source>&amp;Next steps…</source>
        <translation>&amp;Próximos pasos…</translation>
    </message>
    <message>
        <source>Export compiled &amp;minutes…</source>
        <translation>Exportar &amp;actas compiladas…</translation>
    </message>
    <message>
        <source>No cohorts</source>
        <translation>No hay cohortes</translation>
    </message>
    <message>
        <source>Add a cohort first.</source>
        <translation>Primero agregue una cohorte.</translation>
    </message>
    <message>
        <source>Compiled minutes</source>
        <translation>Actas compiladas</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Minutes - {session}</source>
        <translation>Acta - {session}</translation>
    </message>
    <message>
        <source>Export compiled minutes</source>
        <translation>Exportar actas compiladas</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Minutes exported</source>
        <translation>Actas exportadas</translation>
    </message>
    <message>
        <source>Wrote the compiled minutes to {written}.</source>
        <translation>Se escribieron las actas compiladas en {written}.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Presenters: {names}</source>
        <translation>Ponentes: {names}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Sala: {room}</translation>
    </message>
    <message>
        <source>Pinned at {time}.</source>
        <translation>Fijado a las {time}.</translation>
    </message>
    <message>
        <source>{length} free before this item.</source>
        <translation>{length} libres antes de este punto.</translation>
    </message>
    <message>
        <source>{length} over</source>
        <translation>{length} de más</translation>
    </message>
    <message>
        <source>({length} gap before)</source>
        <translation>({length} libres antes)</translation>
    </message>
    <message>
        <source>[{n} groups]</source>
        <translation>[{n} grupos]</translation>
    </message>
    <message>
        <source>{length} past the planned end</source>
        <translation>{length} después del fin previsto</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>Mostrar {name}</translation>
    </message>
    <message>
        <source>Agenda summary</source>
        <translation>Resumen de la agenda</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Agregar punto</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Subir (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Bajar (Alt+↓)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reuse ▾</source>
        <translation>Reutilizar ▾</translation>
    </message>
    <message>
        <source>Copy the agenda of another session…</source>
        <translation>Copiar la agenda de otra sesión…</translation>
    </message>
    <message>
        <source>Apply a template…</source>
        <translation>Aplicar una plantilla…</translation>
    </message>
    <message>
        <source>Save this agenda as a template…</source>
        <translation>Guardar esta agenda como plantilla…</translation>
    </message>
    <message>
        <source>Delete a template…</source>
        <translation>Eliminar una plantilla…</translation>
    </message>
    <message>
        <source>Day &amp;times…</source>
        <translation>&amp;Horario del día…</translation>
    </message>
    <message>
        <source>When each day starts, and when it is planned to end</source>
        <translation>Cuándo empieza cada día y cuándo está previsto que termine</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Select a session to see its agenda.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Seleccione una sesión para ver su agenda.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No agenda yet. Times are in &lt;b&gt;{zone_abbreviation}&lt;/b&gt; ({time_zone}). Add an item, or use &lt;b&gt;Reuse&lt;/b&gt; to start from a template or another session.</source>
        <translation>Todavía no hay agenda. Las horas están en &lt;b&gt;{zone_abbreviation}&lt;/b&gt; ({time_zone}). Agregue un punto, o use &lt;b&gt;Reutilizar&lt;/b&gt; para empezar desde una plantilla u otra sesión.</translation>
    </message>
    <message>
        <source>{n} items · total {length}</source>
        <translation>{n} puntos · total {length}</translation>
    </message>
    <message>
        <source>runs {length} past the planned end at {time}</source>
        <translation>se pasa {length} del fin previsto a las {time}</translation>
    </message>
    <message>
        <source>planned end {time}</source>
        <translation>fin previsto {time}</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Punto nuevo</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copiar una agenda</translation>
    </message>
    <message>
        <source>Copy the agenda of:</source>
        <translation>Copiar la agenda de:</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>No hay plantillas</translation>
    </message>
    <message>
        <source>Save an agenda as a template first.</source>
        <translation>Primero guarde una agenda como plantilla.</translation>
    </message>
    <message>
        <source>{name} — {n} items, {length}</source>
        <translation>{name} — {n} puntos, {length}</translation>
    </message>
    <message>
        <source>, {n} days</source>
        <translation>, {n} días</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>Aplicar una plantilla</translation>
    </message>
    <message>
        <source>Start from the template:</source>
        <translation>Partir de la plantilla:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>¿Reemplazar la plantilla?</translation>
    </message>
    <message>
        <source>There is already a template named “{value1}”. Replace it with this agenda?</source>
        <translation>Ya hay una plantilla llamada «{value1}». ¿Reemplazarla con esta agenda?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>There are no agenda templates to delete.</source>
        <translation>No hay plantillas de agenda para eliminar.</translation>
    </message>
    <message>
        <source>{name} — {n} items</source>
        <translation>{name} — {n} puntos</translation>
    </message>
    <message>
        <source>Delete a template</source>
        <translation>Eliminar una plantilla</translation>
    </message>
    <message>
        <source>Delete the template:</source>
        <translation>Eliminar la plantilla:</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>¿Eliminar la plantilla?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Agendas made from it stay as they are.</source>
        <translation>¿Eliminar la plantilla «{name}»? Las agendas hechas con ella se quedan como están.</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Día {n}</translation>
    </message>
    <message>
        <source>Day times</source>
        <translation>Horario del día</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Wait for the current task to finish first.</source>
        <translation>Espere a que termine la tarea en curso.</translation>
    </message>
</context>
<context>
    <name>AssistanceStatus</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrix</name>
    <message>
        <source>Joined briefly: online for less than the Zoom threshold; it counts as a session missed in the rate and in absences in a row.</source>
        <translation>Se conectó brevemente: en línea menos del umbral de Zoom; cuenta como sesión perdida en la tasa y en las ausencias seguidas.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>, {n} joined briefly</source>
        <translation>, {n} se conectaron brevemente</translation>
    </message>
    <message>
        <source>{title}{when}: {attended} attended, {absent} absent{brief}</source>
        <translation>{title}{when}: {attended} asistieron, {absent} ausentes{brief}</translation>
    </message>
    <message>
        <source>{n} absences in a row: reach out.</source>
        <translation>{n} ausencias seguidas: póngase en contacto.</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the attendance record as CSV</source>
        <translation>Exportar el registro de asistencia como CSV</translation>
    </message>
    <message>
        <source>Attendance matrix</source>
        <translation>Matriz de asistencia</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>⚑ Reach out: {names} ({OUTREACH_AFTER} or more absences in a row).</source>
        <translation>⚑ Contactar: {names} ({OUTREACH_AFTER} o más ausencias seguidas).</translation>
    </message>
    <message>
        <source>No member has missed {OUTREACH_AFTER} sessions in a row.</source>
        <translation>Ningún integrante ha faltado a {OUTREACH_AFTER} sesiones seguidas.</translation>
    </message>
    <message>
        <source>Export the attendance record</source>
        <translation>Exportar el registro de asistencia</translation>
    </message>
    <message>
        <source>attendance-{session}</source>
        <translation>asistencia-{session}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the attendance record to {path}</source>
        <translation>Se exportó el registro de asistencia a {path}</translation>
    </message>
</context>
<context>
    <name>AttendanceMenus</name>
    <message>
        <source>&amp;Check-in mode…</source>
        <translation>&amp;Modo de registro…</translation>
    </message>
    <message>
        <source>Import &amp;Zoom report…</source>
        <translation>Importar informe de &amp;Zoom…</translation>
    </message>
    <message>
        <source>Mark everyone not checked in &amp;absent</source>
        <translation>Marcar &amp;ausentes a quienes no registraron llegada</translation>
    </message>
    <message>
        <source>&amp;Attendance record…</source>
        <translation>Registro de &amp;asistencia…</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <source>Add a session first.</source>
        <translation>Primero agregue una sesión.</translation>
    </message>
    <message>
        <source>Choose a session</source>
        <translation>Elija una sesión</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Marked {n} absent. Ctrl+Z takes it back.</source>
        <translation>Se marcaron {n} ausentes. Ctrl+Z lo revierte.</translation>
    </message>
</context>
<context>
    <name>AttendanceMode</name>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
</context>
<context>
    <name>AttendanceSource</name>
    <message>
        <source>Door check-in</source>
        <translation>Registro en la entrada</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Acción en bloque</translation>
    </message>
    <message>
        <source>Zoom report</source>
        <translation>Informe de Zoom</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Marked absent (not checked in)</source>
        <translation>Marcado ausente (sin registro de llegada)</translation>
    </message>
</context>
<context>
    <name>AttendanceState</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Se fue antes</translation>
    </message>
    <message>
        <source>Absent (excused)</source>
        <translation>Ausente (justificado)</translation>
    </message>
    <message>
        <source>Absent (unexcused)</source>
        <translation>Ausente (sin justificar)</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Access and dietary needs</source>
        <translation>Necesidades de accesibilidad y alimentarias</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Facilitators and coaches</source>
        <translation>Facilitadores y mentores</translation>
    </message>
    <message>
        <source>Program staff</source>
        <translation>Equipo del programa</translation>
    </message>
    <message>
        <source>Partners, speakers and guests</source>
        <translation>Organizaciones aliadas, ponentes e invitados</translation>
    </message>
    <message>
        <source>Everyone in the cohort</source>
        <translation>Toda la cohorte</translation>
    </message>
    <message>
        <source>Joined briefly ({n} min)</source>
        <translation>Se conectó brevemente ({n} min)</translation>
    </message>
    <message>
        <source>  (walk-in)</source>
        <translation>  (sin inscripción previa)</translation>
    </message>
    <message>
        <source>{n} minutes online (Zoom)</source>
        <translation>{n} minutos en línea (Zoom)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Invite cohort</source>
        <translation>Invitar a la cohorte</translation>
    </message>
    <message>
        <source>Invite the cohort&apos;s members; the arrow invites staff, facilitators, partners or speakers too.</source>
        <translation>Invita a las personas integrantes de la cohorte; la flecha invita también al equipo, facilitadores, organizaciones aliadas o ponentes.</translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation>Modo de registro</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Marcar ausente al resto</translation>
    </message>
    <message>
        <source>Mark everyone not checked in absent (Ctrl+Z takes it back)</source>
        <translation>Marcar ausentes a quienes no registraron llegada (Ctrl+Z lo revierte)</translation>
    </message>
    <message>
        <source>Import Zoom report…</source>
        <translation>Importar informe de Zoom…</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Estado de inscripción</translation>
    </message>
    <message>
        <source>Mark everyone not checked in absent</source>
        <translation>Marcar ausentes a quienes no registraron llegada</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Inscripción:</translation>
    </message>
    <message>
        <source>Typing back a sign-in sheet: select the first name, then press P present, L late, E left early, X absent (excused), A absent, R remote / in person, Delete to clear. Shift- or Ctrl-click to mark several people at once; right-click for more.</source>
        <translation>Para pasar una hoja de asistencia: seleccione el primer nombre y pulse P presente, L tarde, E se fue antes, X ausente (justificado), A ausente, R a distancia / presencial, Supr para borrar. Mayús o Ctrl + clic marca a varias personas a la vez; clic derecho para más.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Replace this mark?</source>
        <translation>¿Reemplazar esta marca?</translation>
    </message>
    <message>
        <source>{name}: {text}.

Replace it with {wanted}?</source>
        <translation>{name}: {text}.

¿Reemplazarla por {wanted}?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>Replace these marks?</source>
        <translation>¿Reemplazar estas marcas?</translation>
    </message>
    <message>
        <source>Marked {marked}; {count} kept their mark:

{lines}

Replace them with {wanted}?</source>
        <translation>Marcadas: {marked}; {count} conservan su marca:

{lines}

¿Reemplazarlas por {wanted}?</translation>
    </message>
    <message>
        <source>Invited 1 person ({who}).</source>
        <translation>Se invitó a 1 persona ({who}).</translation>
    </message>
    <message>
        <source>Invited {added} people ({who}).</source>
        <translation>Se invitó a {added} personas ({who}).</translation>
    </message>
    <message>
        <source>Invite the cohort&apos;s members</source>
        <translation>Invitar a las personas integrantes de la cohorte</translation>
    </message>
    <message>
        <source>Check-in mode…</source>
        <translation>Modo de registro…</translation>
    </message>
    <message>
        <source>Import a Zoom report…</source>
        <translation>Importar un informe de Zoom…</translation>
    </message>
    <message>
        <source>No one new to invite ({value1}): they are on the list.</source>
        <translation>No hay nadie nuevo a quien invitar ({value1}): ya están en la lista.</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>Mark {who} {value2}	{short}</source>
        <translation>Marcar a {who}: {value2}	{short}</translation>
    </message>
    <message>
        <source>Clear the attendance of {who}	Del</source>
        <translation>Borrar la asistencia de {who}	Supr</translation>
    </message>
    <message>
        <source>Switch remote / in person	R</source>
        <translation>Cambiar a distancia / presencial	R</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>When opened</source>
        <translation>Al abrir</translation>
    </message>
    <message>
        <source>While working</source>
        <translation>Durante el trabajo</translation>
    </message>
    <message>
        <source>When closed</source>
        <translation>Al cerrar</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Hoy {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Ayer {time}</translation>
    </message>
    <message>
        <source>Backups of {name}</source>
        <translation>Copias de seguridad de {name}</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Cambiar carpeta…</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Usar la carpeta predeterminada</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Put the workspace back to how it was in this backup. The current file is backed up first.</source>
        <translation>Devuelve el espacio de trabajo al estado de esta copia. Antes se hace una copia del archivo actual.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>CohortDesk backs up this workspace when you open it, every 10 minutes while you work, and when you close it. Each backup is checked before it is kept. It keeps the latest 10, one a day for a month and one a month for a year.</source>
        <translation>CohortDesk hace una copia de seguridad de este espacio de trabajo al abrirlo, cada 10 minutos mientras trabaja y al cerrarlo. Cada copia se comprueba antes de guardarla. Conserva las 10 más recientes, una por día durante un mes y una por mes durante un año.</translation>
    </message>
    <message>
        <source>No backups of this workspace yet. Click Back up now to make the first one.</source>
        <translation>Todavía no hay copias de este espacio de trabajo. Pulse Hacer copia ahora para crear la primera.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backed up {name} ({people} people, {sessions} sessions).</source>
        <translation>Copia de {name} hecha ({people} personas, {sessions} sesiones).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Put {name} back to how it was on {when}?</source>
        <translation>¿Devolver {name} a como estaba el {when}?</translation>
    </message>
    <message>
        <source>It had {people} people and {sessions} sessions. Changes made since then are not in it. The current file is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Tenía {people} personas y {sessions} sesiones. Los cambios posteriores no están en ella. Antes se hace una copia del archivo actual, así que esto se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Wait for the current task to finish first.</source>
        <translation>Espere a que termine la tarea en curso.</translation>
    </message>
    <message>
        <source>The file it replaced was backed up first ({name}).</source>
        <translation>Antes se hizo una copia del archivo reemplazado ({name}).</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Se restauró la copia del {when}.</translation>
    </message>
</context>
<context>
    <name>BackupsOpen</name>
    <message>
        <source>Workspace damaged</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <source> (and {n} more problems)</source>
        <translation> (y {n} problemas más)</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}{more}.</source>
        <translation>{name} está dañado: {problem}{more}.</translation>
    </message>
    <message>
        <source>CohortDesk has not changed it; it is kept beside it as {name}.</source>
        <translation>CohortDesk no lo ha modificado; se conserva al lado como {name}.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}, with {people} people and {sessions} sessions. Restore it to carry on; the damaged file stays where it is for your IT support.</source>
        <translation>La copia correcta más reciente es del {when}, con {people} personas y {sessions} sesiones. Restáurela para continuar; el archivo dañado se queda donde está para su soporte técnico.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir solo lectura</translation>
    </message>
    <message>
        <source>Copy to this computer</source>
        <translation>Copiar a esta computadora</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>No se pudo copiar</translation>
    </message>
    <message>
        <source>Could not copy {name}: {error}</source>
        <translation>No se pudo copiar {name}: {error}</translation>
    </message>
    <message>
        <source>Opened a copy on this computer: {path}</source>
        <translation>Se abrió una copia en esta computadora: {path}</translation>
    </message>
</context>
<context>
    <name>BreakoutsDialog</name>
    <message>
        <source>Generate breakout groups</source>
        <translation>Generar grupos de trabajo</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Número de grupos</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>Personas por grupo</translation>
    </message>
    <message>
        <source>Make groups by</source>
        <translation>Formar grupos por</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Place everyone registered or attending, mixing people who have not shared a group before. Locked groups stay as they are.</source>
        <translation>Ubica a todas las personas inscritas o presentes, mezclando a quienes no han compartido grupo antes. Los grupos bloqueados se quedan como están.</translation>
    </message>
    <message>
        <source>Choose how many groups to make, then Generate.</source>
        <translation>Elija cuántos grupos formar y pulse Generar.</translation>
    </message>
    <message>
        <source>Drag people from one group to another. Lock a group to keep it when you generate again.</source>
        <translation>Arrastre personas de un grupo a otro. Bloquee un grupo para conservarlo al generar de nuevo.</translation>
    </message>
    <message>
        <source>Generating breakout groups…</source>
        <translation>Generando grupos de trabajo…</translation>
    </message>
    <message>
        <source>Re&amp;generate the rest</source>
        <translation>Re&amp;generar el resto</translation>
    </message>
    <message>
        <source> (facilitator)</source>
        <translation> (facilitador)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group {n}&lt;/b&gt; · {count}</source>
        <translation>&lt;b&gt;Grupo {n}&lt;/b&gt; · {count}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Locked on the agenda: it stays as it is.</source>
        <translation>Bloqueado en la agenda: se queda como está.</translation>
    </message>
    <message>
        <source>Keep this group as it is when you generate again.</source>
        <translation>Conservar este grupo tal como está al generar de nuevo.</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
    <message>
        <source>{people} people in {groups} groups. {repeats} pairs already shared a group in an earlier session; a random draw would give about {chance}.</source>
        <translation>{people} personas en {groups} grupos. {repeats} parejas ya compartieron grupo en una sesión anterior; un sorteo al azar daría unas {chance}.</translation>
    </message>
    <message>
        <source>{n} pairs come from the same organization.</source>
        <translation>{n} parejas son de la misma organización.</translation>
    </message>
    <message>
        <source>{n} keep-together or keep-apart rules could not be honoured.</source>
        <translation>No se pudieron respetar {n} reglas de mantener juntos o separados.</translation>
    </message>
    <message>
        <source>(Figures for the generated groups, before your moves.)</source>
        <translation>(Cifras de los grupos generados, antes de sus cambios.)</translation>
    </message>
</context>
<context>
    <name>BreakoutsMenus</name>
    <message>
        <source>Generate breakout groups</source>
        <translation>Generar grupos de trabajo</translation>
    </message>
    <message>
        <source>Select a session in Sessions first.</source>
        <translation>Primero seleccione una sesión en Sesiones.</translation>
    </message>
    <message>
        <source>Generate &amp;breakout groups…</source>
        <translation>Generar &amp;grupos de trabajo…</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Joined briefly</source>
        <translation>Se conectó brevemente</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Chart of {name}</source>
        <translation>Gráfico de {name}</translation>
    </message>
    <message>
        <source>{n} readings</source>
        <translation>{n} lecturas</translation>
    </message>
    <message>
        <source>, latest {value:g} on {on_date}</source>
        <translation>, última {value:g} el {on_date}</translation>
    </message>
    <message>
        <source>no readings yet</source>
        <translation>sin lecturas todavía</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>CheckinMode</name>
    <message>
        <source>not on the list</source>
        <translation>no está en la lista</translation>
    </message>
    <message>
        <source>checked in {time}</source>
        <translation>llegó a las {time}</translation>
    </message>
    <message>
        <source>needs on file (F2 shows them)</source>
        <translation>necesidades registradas (F2 las muestra)</translation>
    </message>
    <message>
        <source>Check-in — {title}</source>
        <translation>Registro — {title}</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Escriba un nombre…</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Enter&#xa0;&#xa0;check in the top match (registers people not on the list)    ↑&#xa0;↓&#xa0;&#xa0;choose    Ctrl+Enter&#xa0;&#xa0;add a walk-in    F2&#xa0;&#xa0;needs    Ctrl+Z&#xa0;&#xa0;undo    Esc&#xa0;&#xa0;clear / close</source>
        <translation>Intro&#xa0;&#xa0;registrar la primera coincidencia (inscribe a quien no está en la lista)    ↑&#xa0;↓&#xa0;&#xa0;elegir    Ctrl+Intro&#xa0;&#xa0;agregar sin inscripción    F2&#xa0;&#xa0;necesidades    Ctrl+Z&#xa0;&#xa0;deshacer    Esc&#xa0;&#xa0;borrar / cerrar</translation>
    </message>
    <message>
        <source>{checked_in} of {n} checked in  ·  {value3}</source>
        <translation>{checked_in} de {n} registrados  ·  {value3}</translation>
    </message>
    <message>
        <source>{name} is {value2} for this session.</source>
        <translation>{name} está {value2} en esta sesión.</translation>
    </message>
    <message>
        <source>No match. Ctrl+Enter adds the name as a walk-in.</source>
        <translation>No hay coincidencias. Ctrl+Intro agrega el nombre como persona sin inscripción previa.</translation>
    </message>
    <message>
        <source>{name} is already checked in (at {time}).</source>
        <translation>{name} ya registró su llegada (a las {time}).</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name first, then Ctrl+Enter.</source>
        <translation>Primero escriba el nombre de la persona sin inscripción previa y luego pulse Ctrl+Intro.</translation>
    </message>
    <message>
        <source>{n} people are named {name}: choose one with ↑ ↓ and press Enter.</source>
        <translation>{n} personas se llaman {name}: elija una con ↑ ↓ y pulse Intro.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Deshecho: {step}.</translation>
    </message>
    <message>
        <source>{name} has no access or dietary needs on file.</source>
        <translation>{name} no tiene necesidades de accesibilidad ni alimentarias registradas.</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(sin inscripción previa)</translation>
    </message>
    <message>
        <source>{name} checked in at {time}.</source>
        <translation>{name} registró su llegada a las {time}.</translation>
    </message>
    <message>
        <source>{name} checked in.</source>
        <translation>{name} registró su llegada.</translation>
    </message>
    <message>
        <source>Already in the workspace, so no one was added.</source>
        <translation>Ya estaba en el espacio de trabajo, así que no se agregó a nadie.</translation>
    </message>
    <message>
        <source>{name} had {what}; now registered. Ctrl+Z if this is the wrong person.</source>
        <translation>{name} {what}; ahora queda inscrito. Ctrl+Z si no es la persona correcta.</translation>
    </message>
    <message>
        <source>Needs on file: F2 shows them to staff.</source>
        <translation>Tiene necesidades registradas: F2 se las muestra al equipo.</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>había declinado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>había cancelado</translation>
    </message>
    <message>
        <source>been on the waitlist</source>
        <translation>estaba en la lista de espera</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nueva cohorte</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>e.g. Chief Equity Officers Policy Network</source>
        <translation>p. ej., Red de políticas de directores de equidad</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>e.g. Inaugural cohort</source>
        <translation>p. ej., Cohorte inaugural</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Comienza:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Metas:</translation>
    </message>
</context>
<context>
    <name>CohortMembers</name>
    <message>
        <source>Cohort members</source>
        <translation>Integrantes de la cohorte</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>Leyendo los integrantes…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Agregar integrante…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Agregar integrante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar integrante</translation>
    </message>
    <message>
        <source>Member stage</source>
        <translation>Etapa del integrante</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Select a cohort to see its members.</source>
        <translation>Seleccione una cohorte para ver sus integrantes.</translation>
    </message>
    <message>
        <source>{members} members · {people} people in all · {sessions} sessions</source>
        <translation>{members} integrantes · {people} personas en total · {sessions} sesiones</translation>
    </message>
    <message>
        <source>The members could not be read: {error}</source>
        <translation>No se pudieron leer los integrantes: {error}</translation>
    </message>
    <message>
        <source>Remove {name} from this cohort?</source>
        <translation>¿Quitar a {name} de esta cohorte?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>cohortes</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nueva cohorte…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed in</source>
        <translation>Cerrado en</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas y notas</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Esperado hoy</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Surgió en</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Shares contact</source>
        <translation>Comparte contacto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s job title</comment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Absences
in a row</source>
        <translation>Ausencias
seguidas</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Última asistencia</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>What to record</source>
        <translation>Qué registrar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Suyo</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>The whole record</source>
        <translation>El registro completo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept, with its edits — {fields}</source>
        <translation>Conservado, con sus cambios — {fields}</translation>
    </message>
    <message>
        <source>Kept, with its edits</source>
        <translation>Conservado, con sus cambios</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>The same field was changed here and on another laptop. Every laptop now holds the later change (in bold); the other is kept here. Choose which to keep: the choice can be undone, and goes to everyone at the next sync.</source>
        <translation>El mismo campo se cambió aquí y en otra computadora. Todas las computadoras tienen ahora el cambio más reciente (en negrita); el otro se conserva aquí. Elija cuál conservar: la elección se puede deshacer y llega a todos en la próxima sincronización.</translation>
    </message>
    <message>
        <source>No open conflicts: every laptop agrees.</source>
        <translation>No hay conflictos abiertos: todas las computadoras coinciden.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar el &amp;suyo</translation>
    </message>
    <message>
        <source>Mine: {value1}</source>
        <translation>Mío: {value1}</translation>
    </message>
    <message>
        <source>Theirs: {value1}</source>
        <translation>Suyo: {value1}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>el mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>el suyo</translation>
    </message>
    <message>
        <source>{label} · {field}. Mine: {mine}. Theirs: {theirs}. The workspace holds {now} now.</source>
        <translation>{label} · {field}. Mío: {mine}. Suyo: {theirs}. El espacio de trabajo tiene ahora: {now}.</translation>
    </message>
    <message>
        <source>Keep mine: {field} of {record}</source>
        <translation>Conservar el mío: {field} de {record}</translation>
    </message>
    <message>
        <source>Keep theirs: {field} of {record}</source>
        <translation>Conservar el suyo: {field} de {record}</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar {title}</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>e.g. Spring convening</source>
        <translation>p. ej., Encuentro de primavera</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Comienza:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Venue address:</source>
        <translation>Dirección del lugar:</translation>
    </message>
    <message>
        <source>Meeting link:</source>
        <translation>Enlace de la reunión:</translation>
    </message>
    <message>
        <source>Objectives (one per line):</source>
        <translation>Objetivos (uno por línea):</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Printed documents:</source>
        <translation>Documentos impresos:</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation>Mayor es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menor es mejor</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Combinar…</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>The search for duplicates stopped: {error}</source>
        <translation>La búsqueda de duplicados se detuvo: {error}</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>Se detuvo la búsqueda de duplicados.</translation>
    </message>
    <message>
        <source>{name} ({count} people)</source>
        <translation>{name} ({count} personas)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>{total} possible duplicates; the {listed} most likely are listed.</source>
        <translation>{total} posibles duplicados; se muestran los {listed} más probables.</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 posible duplicado.</translation>
    </message>
    <message>
        <source>{n} possible duplicates.</source>
        <translation>{n} posibles duplicados.</translation>
    </message>
    <message>
        <source>Merging moves everything of one record onto the other; Undo separates them.</source>
        <translation>Combinar pasa todo lo de un registro al otro; Deshacer los separa.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>similar name and organization</source>
        <translation>nombre y organización parecidos</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>Combinar personas</translation>
    </message>
    <message>
        <source>Merge Organizations</source>
        <translation>Combinar organizaciones</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation>&amp;Invertir: conservar el otro registro</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la persona</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>Everything that points at {noun} #{other_id} (memberships, registrations and attendance, notes, next steps, results, technical assistance…) moves to #{keep_id}, and #{other_id} is removed. Where both were at one session, the stronger attendance stays. Choose each field&apos;s value below. One Undo separates them again.</source>
        <translation>Todo lo que apunta a {noun} n.º {other_id} (membresías, inscripciones y asistencia, notas, próximos pasos, resultados, asistencia técnica…) pasa a n.º {keep_id}, y se elimina n.º {other_id}. Donde ambos estuvieron en una misma sesión, se conserva la asistencia más fuerte. Elija abajo el valor de cada campo. Un solo Deshacer los vuelve a separar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Keep #{id}</source>
        <translation>Conservar n.º {id}</translation>
    </message>
    <message>
        <source>Merged in #{id}</source>
        <translation>Se combina n.º {id}</translation>
    </message>
    <message>
        <source>{field} (changed)</source>
        <translation>{field} (cambió)</translation>
    </message>
    <message>
        <source>— (blank)</source>
        <translation>— (vacío)</translation>
    </message>
    <message>
        <source>Merged #{other} into #{keep}: 1 record moved</source>
        <translation>Se combinó n.º {other} con n.º {keep}: se movió 1 registro</translation>
    </message>
    <message>
        <source>Merged #{other} into #{keep}: {moved} records moved</source>
        <translation>Se combinó n.º {other} con n.º {keep}: se movieron {moved} registros</translation>
    </message>
    <message>
        <source>, {both} that both had combined</source>
        <translation>; registros que ambos tenían, combinados: {both}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>(in {where})</source>
        <translation>(en {where})</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The unfinished change was undone, so your workspace is as it was before it.</source>
        <translation>El cambio inacabado se deshizo, así que su espacio de trabajo está como antes.</translation>
    </message>
    <message>
        <source>Your saved work is not affected.</source>
        <translation>Su trabajo guardado no se ve afectado.</translation>
    </message>
    <message>
        <source>CohortDesk keeps running; you can carry on. The details were written to the log ({folder}).</source>
        <translation>CohortDesk sigue funcionando; puede continuar. Los detalles se escribieron en el registro ({folder}).</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the technical details (without contact details) to paste into an email to your support contact.</source>
        <translation>Copia los detalles técnicos (sin datos de contacto) para pegarlos en un correo a su contacto de soporte.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>CohortDesk could not finish what you asked.</source>
        <translation>CohortDesk no pudo terminar lo que pidió.</translation>
    </message>
    <message>
        <source>CohortDesk hit {n} problems.</source>
        <translation>CohortDesk encontró {n} problemas.</translation>
    </message>
    <message>
        <source>The latest:</source>
        <translation>El último:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>There is no “{typed}” in the list. Choose one from the list, or add it first.</source>
        <translation>No hay «{typed}» en la lista. Elija uno de la lista, o agréguelo antes.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sin fecha)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Enter a date like 2026-11-22.</source>
        <translation>Escriba una fecha como 2026-11-22.</translation>
    </message>
    <message>
        <source>Enter a number, such as 42 or 27.5.</source>
        <translation>Escriba un número, como 42 o 27.5.</translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <source>New result</source>
        <translation>Nuevo resultado</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>A population-level condition, for example “Race does not predict a resident&apos;s housing stability in our county.”</source>
        <translation>Una condición a nivel de población, por ejemplo «La raza no predice la estabilidad de vivienda de los residentes de nuestro condado».</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>%, days, per 1,000 residents…</source>
        <translation>%, días, por cada 1000 habitantes…</translation>
    </message>
    <message>
        <source>Better when:</source>
        <translation>Mejor cuando:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Línea de base:</translation>
    </message>
    <message>
        <source>Baseline date:</source>
        <translation>Fecha de la línea de base:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Meta:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Fecha de la meta:</translation>
    </message>
    <message>
        <source>Data source:</source>
        <translation>Fuente de datos:</translation>
    </message>
    <message>
        <source>Edit strategy</source>
        <translation>Editar estrategia</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nueva estrategia</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Estrategia:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Who leads it</source>
        <translation>Quién la dirige</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Edit progress update</source>
        <translation>Editar actualización de avance</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>(not at a session)</source>
        <translation>(fuera de una sesión)</translation>
    </message>
    <message>
        <source>At session:</source>
        <translation>En la sesión:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <source>Edit assistance request</source>
        <translation>Editar solicitud de asistencia</translation>
    </message>
    <message>
        <source>New assistance request</source>
        <translation>Nueva solicitud de asistencia</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Integrante:</translation>
    </message>
    <message>
        <source>(choose a member)</source>
        <translation>(elija a un integrante)</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Necesidad:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Organización aliada:</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>(sin asignar todavía)</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>Solicitada:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Done or declined:</source>
        <translation>Hecha o rechazada:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>In a list: Enter opens the selected record, Delete deletes it, and a right-click offers the same commands. In the agenda: Alt+Up and Alt+Down move an item.</source>
        <translation>En una lista: Intro abre el registro seleccionado, Supr lo elimina y el clic derecho ofrece los mismos comandos. En la agenda: Alt+Arriba y Alt+Abajo mueven un punto.</translation>
    </message>
    <message>
        <source>{app} guide</source>
        <translation>Guía de {app}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Breakout facilitator</source>
        <translation>Facilitación de grupo de trabajo</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Actualización de avance</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Zoom name</source>
        <translation>Nombre en Zoom</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinada</translation>
    </message>
    <message>
        <source>Person #{number} (merged)</source>
        <translation>Persona n.º {number} (combinada)</translation>
    </message>
    <message>
        <source>Merged in person #{number}</source>
        <translation>Se combinó la persona n.º {number}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{subject} ({details})</source>
        <translation>{subject} ({details})</translation>
    </message>
    <message>
        <source>{subject}: separated again</source>
        <translation>{subject}: separadas de nuevo</translation>
    </message>
    <message>
        <source>{subject} added</source>
        <translation>Se agregó: {subject}</translation>
    </message>
    <message>
        <source>{subject} removed</source>
        <translation>Se quitó: {subject}</translation>
    </message>
    <message>
        <source>{subject} added ({details})</source>
        <translation>Se agregó: {subject} ({details})</translation>
    </message>
    <message>
        <source>{subject} removed ({details})</source>
        <translation>Se quitó: {subject} ({details})</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>Closed session</source>
        <translation>Sesión de cierre</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Raised session</source>
        <translation>Sesión de origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Marcador de posición</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name key</source>
        <translation>Clave del nombre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Comenzó</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Edited at</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>On date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <source>Marked at</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Walk in</source>
        <translation>Sin inscripción previa</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>As the address says (else libpq&apos;s default, prefer)</source>
        <translation>Según la dirección (si no, lo predeterminado de libpq, prefer)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Cifrado (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Cifrado, con certificado del servidor comprobado (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, certificate authority checked (verify-ca)</source>
        <translation>Cifrado, con autoridad de certificación comprobada (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (prefer)</source>
        <translation>Cifrado si el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable): a trusted office network only</source>
        <translation>Sin cifrar (disable): solo en una red de oficina de confianza</translation>
    </message>
    <message>
        <source>Hub settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Your IT or hosting provider gives you the hub&apos;s address and your role. The address is kept in this workspace; the password is kept in this computer&apos;s keyring, never in the workspace.</source>
        <translation>Su equipo de TI o su proveedor de alojamiento le da la dirección del servidor y su función. La dirección se guarda en este espacio de trabajo; la contraseña, en el llavero de esta computadora, nunca en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>(saved in the keyring; type to change)</source>
        <translation>(guardada en el llavero; escriba para cambiarla)</translation>
    </message>
    <message>
        <source>(leave empty to use PGPASSWORD or ~/.pgpass)</source>
        <translation>(déjelo vacío para usar PGPASSWORD o ~/.pgpass)</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>The hub is set: {value1}.</source>
        <translation>Servidor configurado: {value1}.</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>1 action item</source>
        <translation>1 acuerdo</translation>
    </message>
    <message>
        <source>{count} action items</source>
        <translation>{count} acuerdos</translation>
    </message>
    <message>
        <source>1 agenda day</source>
        <translation>1 día de agenda</translation>
    </message>
    <message>
        <source>{count} agenda days</source>
        <translation>{count} días de agenda</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 punto de la agenda</translation>
    </message>
    <message>
        <source>{count} agenda items</source>
        <translation>{count} puntos de la agenda</translation>
    </message>
    <message>
        <source>1 agenda presenter</source>
        <translation>1 presentador de la agenda</translation>
    </message>
    <message>
        <source>{count} agenda presenters</source>
        <translation>{count} presentadores de la agenda</translation>
    </message>
    <message>
        <source>1 remembered Zoom name</source>
        <translation>1 nombre de Zoom recordado</translation>
    </message>
    <message>
        <source>{count} remembered Zoom names</source>
        <translation>{count} nombres de Zoom recordados</translation>
    </message>
    <message>
        <source>1 breakout member</source>
        <translation>1 integrante de grupo de trabajo</translation>
    </message>
    <message>
        <source>{count} breakout members</source>
        <translation>{count} integrantes de grupos de trabajo</translation>
    </message>
    <message>
        <source>1 breakout rule</source>
        <translation>1 regla de grupos de trabajo</translation>
    </message>
    <message>
        <source>{count} breakout rules</source>
        <translation>{count} reglas de grupos de trabajo</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesiones</translation>
    </message>
    <message>
        <source>1 framework result</source>
        <translation>1 resultado del marco</translation>
    </message>
    <message>
        <source>{count} framework results</source>
        <translation>{count} resultados del marco</translation>
    </message>
    <message>
        <source>1 cohort membership</source>
        <translation>1 participación en una cohorte</translation>
    </message>
    <message>
        <source>{count} cohort memberships</source>
        <translation>{count} participaciones en cohortes</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notas</translation>
    </message>
    <message>
        <source>1 record of a merge</source>
        <translation>1 registro de una combinación</translation>
    </message>
    <message>
        <source>{count} records of merges</source>
        <translation>{count} registros de combinaciones</translation>
    </message>
    <message>
        <source>1 pre-read</source>
        <translation>1 lectura previa</translation>
    </message>
    <message>
        <source>{count} pre-reads</source>
        <translation>{count} lecturas previas</translation>
    </message>
    <message>
        <source>1 progress update</source>
        <translation>1 actualización de avance</translation>
    </message>
    <message>
        <source>{count} progress updates</source>
        <translation>{count} actualizaciones de avance</translation>
    </message>
    <message>
        <source>1 registration</source>
        <translation>1 inscripción</translation>
    </message>
    <message>
        <source>{count} registrations</source>
        <translation>{count} inscripciones</translation>
    </message>
    <message>
        <source>1 technical assistance request</source>
        <translation>1 solicitud de asistencia técnica</translation>
    </message>
    <message>
        <source>{count} technical assistance requests</source>
        <translation>{count} solicitudes de asistencia técnica</translation>
    </message>
    <message>
        <source>1 person loses their organization</source>
        <translation>1 persona pierde su organización</translation>
    </message>
    <message>
        <source>{count} people lose their organization</source>
        <translation>{count} personas pierden su organización</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name (split into given and family)</source>
        <translation>Nombre completo (se separa en nombre y apellidos)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization / jurisdiction</source>
        <translation>Organización / jurisdicción</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Consent to share contact details</source>
        <translation>Permiso para compartir los datos de contacto</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>No email: allowed, but later imports can match this person only by name.</source>
        <translation>Sin correo: se permite, pero las próximas importaciones solo podrán reconocer a esta persona por el nombre.</translation>
    </message>
    <message>
        <source>“{value}” is neither a yes nor a no: consent is left as it is (no, for someone new).</source>
        <translation>«{value}» no es ni un sí ni un no: el permiso queda como está (no, para alguien nuevo).</translation>
    </message>
    <message>
        <source>No name: enter a given or family name.</source>
        <translation>Sin nombre: escriba un nombre de pila o un apellido.</translation>
    </message>
    <message>
        <source>The name holds only invisible characters (spaces, zero-width or control characters).</source>
        <translation>El nombre solo tiene caracteres invisibles (espacios, caracteres de ancho cero o de control).</translation>
    </message>
    <message>
        <source>{length} characters; {field} may hold at most {limit}.</source>
        <translation>{length} caracteres; {field} admite como máximo {limit}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address.</source>
        <translation>«{value}» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>Ignored 1 value in a column with no header: {shown}.</source>
        <translation>Se omitió 1 valor en una columna sin encabezado: {shown}.</translation>
    </message>
    <message>
        <source>Ignored {count} values in a column with no header: {shown}.</source>
        <translation>Se omitieron {count} valores en una columna sin encabezado: {shown}.</translation>
    </message>
    <message>
        <source>Same email as row {row}: this row fills what that row leaves blank.</source>
        <translation>Mismo correo que la fila {row}: esta fila completa lo que aquella deja en blanco.</translation>
    </message>
    <message>
        <source>Same email as row {row}: this row fills what that row leaves blank; where they differ ({fields}), row {row}&apos;s value stays unless you take this row&apos;s.</source>
        <translation>Mismo correo que la fila {row}: esta fila completa lo que aquella deja en blanco; donde difieren ({fields}), queda el valor de la fila {row} salvo que tome el de esta.</translation>
    </message>
    <message>
        <source>Same name (and no email) as row {row}: this row fills what that row leaves blank.</source>
        <translation>Mismo nombre (y sin correo) que la fila {row}: esta fila completa lo que aquella deja en blanco.</translation>
    </message>
    <message>
        <source>Same name (and no email) as row {row}: this row fills what that row leaves blank; where they differ ({fields}), row {row}&apos;s value stays unless you take this row&apos;s.</source>
        <translation>Mismo nombre (y sin correo) que la fila {row}: esta fila completa lo que aquella deja en blanco; donde difieren ({fields}), queda el valor de la fila {row} salvo que tome el de esta.</translation>
    </message>
    <message>
        <source>Already in the workspace as {name}.</source>
        <translation>Ya está en el espacio de trabajo como {name}.</translation>
    </message>
    <message>
        <source>Already in the workspace as {name} (matched by name: this row has no email).</source>
        <translation>Ya está en el espacio de trabajo como {name} (reconocida por el nombre: esta fila no tiene correo).</translation>
    </message>
    <message>
        <source>Already in the workspace as {name} (matched by name; this row adds the email {email}).</source>
        <translation>Ya está en el espacio de trabajo como {name} (reconocida por el nombre; esta fila agrega el correo {email}).</translation>
    </message>
    <message>
        <source>Differs from the workspace in {fields}: kept as it is unless you take the file&apos;s value.</source>
        <translation>Difiere del espacio de trabajo en {fields}: queda como está salvo que tome el valor del archivo.</translation>
    </message>
    <message>
        <source>Possible duplicate of {who}: add, merge into them, or skip.</source>
        <translation>Posible duplicado de {who}: agregar, fusionar u omitir.</translation>
    </message>
    <message>
        <source>Same name as row {row}, which is also added, with another email or none: add both, merge this row into it, or skip this row.</source>
        <translation>Mismo nombre que la fila {row}, que también se agrega, con otro correo o sin él: agregar ambas, combinar esta fila con aquella u omitir esta fila.</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>No se importa: {columns}.</translation>
    </message>
    <message>
        <source>Values in a column with no header were ignored (row {rows}).</source>
        <translation>Se omitieron valores de una columna sin encabezado (fila {rows}).</translation>
    </message>
    <message>
        <source>Values in a column with no header were ignored (rows {rows}).</source>
        <translation>Se omitieron valores de una columna sin encabezado (filas {rows}).</translation>
    </message>
    <message>
        <source>1 empty line skipped.</source>
        <translation>Se omitió 1 línea vacía.</translation>
    </message>
    <message>
        <source>{count} empty lines skipped.</source>
        <translation>Se omitieron {count} líneas vacías.</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Merge {value1}</source>
        <translation>Combinar {value1}</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Combinar campos</translation>
    </message>
    <message>
        <source>Tick a field to take the file&apos;s value; leave it to keep ours:</source>
        <translation>Marque un campo para tomar el valor del archivo; déjelo sin marcar para conservar el nuestro:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>distinto</translation>
    </message>
    <message>
        <source>fills a blank</source>
        <translation>completa un vacío</translation>
    </message>
    <message>
        <source>{label} ({kind}): ours “{value3}” → file&apos;s “{value4}”</source>
        <translation>{label} ({kind}): nuestro «{value3}» → del archivo «{value4}»</translation>
    </message>
    <message>
        <source>Take {label} from the file</source>
        <translation>Tomar {label} del archivo</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file exported from a registration form or a spreadsheet.</source>
        <translation>Elija un archivo CSV o Excel exportado de un formulario de inscripción o de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas para importar</translation>
    </message>
    <message>
        <source>Consent to share contact details, as the file answers it</source>
        <translation>Consentimiento para compartir datos de contacto, según responde el archivo</translation>
    </message>
    <message>
        <source>Problems and notes of the selected row</source>
        <translation>Problemas y notas de la fila seleccionada</translation>
    </message>
    <message>
        <source>Preview: nothing is written until you press Import</source>
        <translation>Vista previa: no se escribe nada hasta que pulse Importar</translation>
    </message>
    <message>
        <source>Add everyone imported to</source>
        <translation>Agregar a todas las personas importadas a</translation>
    </message>
    <message>
        <source>Add everyone to a cohort</source>
        <translation>Agregar a todas a una cohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>as</source>
        <translation>como</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Merge into row {row}</source>
        <translation>Combinar con la fila {row}</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>libro de Excel</translation>
    </message>
    <message>
        <source>separated by {mark}</source>
        <translation>separado por {mark}</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>agregadas: {n}</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>actualizadas: {n}</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>sin cambios: {n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>omitidas: {n}</translation>
    </message>
    <message>
        <source>1 empty line</source>
        <translation>líneas vacías: 1</translation>
    </message>
    <message>
        <source>{n} empty lines</source>
        <translation>líneas vacías: {n}</translation>
    </message>
    <message>
        <source>1 differing value kept as it was.</source>
        <translation>1 valor distinto quedó como estaba.</translation>
    </message>
    <message>
        <source>{n} differing values kept as they were.</source>
        <translation>{n} valores distintos quedaron como estaban.</translation>
    </message>
    <message>
        <source>{n} added to the cohort.</source>
        <translation>{n} agregadas a la cohorte.</translation>
    </message>
    <message>
        <source>Differs: {changes}.</source>
        <translation>Distinto: {changes}.</translation>
    </message>
    <message>
        <source>{field} (ours “{current}” → file&apos;s “{incoming}”)</source>
        <translation>{field} (nuestro «{current}» → del archivo «{incoming}»)</translation>
    </message>
    <message>
        <source>Fills: {fields}.</source>
        <translation>Completa: {fields}.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Rechazadas:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back out.</source>
        <translation>Editar ▸ Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reason}</source>
        <translation>Fila {row} ({name}): {reason}</translation>
    </message>
    <message>
        <source>(column {n}, no header)</source>
        <translation>(columna {n}, sin encabezado)</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>ya al día</translation>
    </message>
    <message>
        <source>skipped by you</source>
        <translation>omitida por usted</translation>
    </message>
    <message>
        <source>same person as a row you skipped</source>
        <translation>la misma persona que una fila que omitió</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-8 and Windows-1252</source>
        <translation>UTF-8 y Windows-1252</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>separado por tabuladores</translation>
    </message>
    <message>
        <source>Take all from the file</source>
        <translation>Tomar todo del archivo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Empty line</source>
        <translation>Línea vacía</translation>
    </message>
    <message>
        <source>Fill blanks, keep ours</source>
        <translation>Completar vacíos, conservar lo nuestro</translation>
    </message>
    <message>
        <source>Keep or take per field…</source>
        <translation>Conservar o tomar por campo…</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Agregar como persona nueva</translation>
    </message>
    <message>
        <source>Every value that differs from the workspace is replaced by the file&apos;s; blank cells still erase nothing.</source>
        <translation>Cada valor distinto del espacio de trabajo se reemplaza por el del archivo; las celdas vacías no borran nada.</translation>
    </message>
    <message>
        <source>Import people from</source>
        <translation>Importar personas desde</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value1}&lt;/b&gt; — read as {description}, {n} rows</source>
        <translation>&lt;b&gt;{value1}&lt;/b&gt; — leído como {description}, {n} filas</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Import column {value1} as</source>
        <translation>Importar la columna {value1} como</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Revisando las filas…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;{value1}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;{value1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{n} to add</source>
        <translation>para agregar: {n}</translation>
    </message>
    <message>
        <source>{n} to update</source>
        <translation>para actualizar: {n}</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>rechazadas: {n}</translation>
    </message>
    <message>
        <source>{n} already up to date</source>
        <translation>ya al día: {n}</translation>
    </message>
    <message>
        <source>{n} empty</source>
        <translation>vacías: {n}</translation>
    </message>
    <message>
        <source>{n} with a warning to check (amber)</source>
        <translation>{n} con un aviso que revisar (ámbar)</translation>
    </message>
    <message>
        <source>Select a row to read all of its problems and notes.</source>
        <translation>Seleccione una fila para leer todos sus problemas y notas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Differs, {field}: ours “{current}” → file&apos;s “{incoming}” (kept unless you take it)</source>
        <translation>Distinto, {field}: nuestro «{current}» → del archivo «{incoming}» (se conserva el nuestro salvo que tome el del archivo)</translation>
    </message>
    <message>
        <source>Fills a blank, {field}: “{incoming}”</source>
        <translation>Completa un vacío, {field}: «{incoming}»</translation>
    </message>
    <message>
        <source>Row {row} (line {line} of the file)</source>
        <translation>Fila {row} (línea {line} del archivo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{where}&lt;/b&gt;: nothing to check.</source>
        <translation>&lt;b&gt;{where}&lt;/b&gt;: nada que revisar.</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Qué hacer con la fila {row}</translation>
    </message>
    <message>
        <source>Add (possible duplicate)</source>
        <translation>Agregar (posible duplicado)</translation>
    </message>
    <message>
        <source>Merge into {name} (#{person_id})</source>
        <translation>Combinar con {name} (n.º {person_id})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Importing people…</source>
        <translation>Importando personas…</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>KeptMark</name>
    <message>
        <source>kept: marked {state} by hand</source>
        <translation>se mantiene: marcado {state} a mano</translation>
    </message>
    <message>
        <source>kept: marked {state} from the sign-in sheet</source>
        <translation>se mantiene: marcado {state} desde la hoja de asistencia</translation>
    </message>
    <message>
        <source>kept: marked {state} by a bulk action</source>
        <translation>se mantiene: marcado {state} en una acción masiva</translation>
    </message>
    <message>
        <source>kept: marked {state} from a Zoom report</source>
        <translation>se mantiene: marcado {state} desde un informe de Zoom</translation>
    </message>
    <message>
        <source>kept: marked {state} by an import</source>
        <translation>se mantiene: marcado {state} en una importación</translation>
    </message>
    <message>
        <source>kept: marked {state} when everyone not checked in was marked</source>
        <translation>se mantiene: marcado {state} al marcar a quienes no registraron llegada</translation>
    </message>
    <message>
        <source>kept: checked in at the door</source>
        <translation>se mantiene: llegada registrada en la puerta</translation>
    </message>
    <message>
        <source>kept: checked in at the door {time}</source>
        <translation>se mantiene: llegada registrada en la puerta a las {time}</translation>
    </message>
    <message>
        <source>kept: {state}</source>
        <translation>se mantiene: {state}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>{came} came, {absent} absent</source>
        <translation>asistieron: {came}, ausentes: {absent}</translation>
    </message>
    <message>
        <source>, {brief} brief</source>
        <translation>, breves: {brief}</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Add to cohort…</source>
        <translation>Agregar a una cohorte…</translation>
    </message>
    <message>
        <source>Invite to session…</source>
        <translation>Invitar a una sesión…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar la selección…</translation>
    </message>
    <message>
        <source>Search {records}…  (Ctrl+F)</source>
        <translation>Buscar {records}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search {records}</source>
        <translation>Buscar {records}</translation>
    </message>
    <message>
        <source>{records} count</source>
        <translation>Número de {records}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>Editar {record}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {record}</source>
        <translation>Eliminar {record}</translation>
    </message>
    <message>
        <source>Hide list</source>
        <translation>Ocultar lista</translation>
    </message>
    <message>
        <source>Hide the {records} list</source>
        <translation>Ocultar la lista de {records}</translation>
    </message>
    <message>
        <source>{records} table</source>
        <translation>Tabla de {records}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{shown} of {total} {records}</source>
        <translation>{shown} de {total} {records}</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Mostrar lista</translation>
    </message>
    <message>
        <source>This also deletes: {what}.</source>
        <translation>Esto también elimina: {what}.</translation>
    </message>
    <message>
        <source>Delete {record} {name}?</source>
        <translation>¿Eliminar la ficha de {record} «{name}»?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {records}? What belongs to them goes with them.</source>
        <translation>¿Eliminar {records}? Lo que les pertenece se elimina con ellos.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z, in one step.</source>
        <translation>Puede deshacerlo con Ctrl+Z, en un solo paso.</translation>
    </message>
    <message>
        <source>Delete {records}</source>
        <translation>Eliminar {records}</translation>
    </message>
    <message>
        <source>Delete {n}</source>
        <translation>Eliminar {n}</translation>
    </message>
    <message>
        <source>Delete {records}…</source>
        <translation>Eliminar {records}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>CohortDesk workspaces (*.cohortdesk);;All files (*)</source>
        <translation>Espacios de trabajo de CohortDesk (*.cohortdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>Abriendo «{name}»…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>CohortDesk &amp;guide</source>
        <translation>&amp;Guía de CohortDesk</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Load the &amp;example network</source>
        <translation>Cargar la red de &amp;ejemplo</translation>
    </message>
    <message>
        <source>(no other workspaces yet)</source>
        <translation>(todavía no hay otros espacios de trabajo)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>The new language applies the next time CohortDesk starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie CohortDesk.</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer {step}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>{name} already exists. Use Open workspace… to open it.</source>
        <translation>{name} ya existe. Use Abrir espacio de trabajo… para abrirlo.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} copia</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Elija otro archivo</translation>
    </message>
    <message>
        <source>A copy cannot replace the open workspace.</source>
        <translation>Una copia no puede reemplazar el espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Se guardó una copia en {path}</translation>
    </message>
    <message>
        <source>Loaded the example network. Ctrl+Z takes it out again.</source>
        <translation>Se cargó la red de ejemplo. Ctrl+Z la quita de nuevo.</translation>
    </message>
    <message>
        <source>Loading the example network…</source>
        <translation>Cargando la red de ejemplo…</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Results framework — {person_name}</source>
        <translation>Marco de resultados — {person_name}</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>Agregar resultado…</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Registrar avance…</translation>
    </message>
    <message>
        <source>Request assistance…</source>
        <translation>Solicitar asistencia…</translation>
    </message>
    <message>
        <source>No results yet. Start with the population-level result this member is working toward.</source>
        <translation>Todavía no hay resultados. Empiece por el resultado a nivel de población hacia el que trabaja este integrante.</translation>
    </message>
    <message>
        <source>RESULT {number}</source>
        <translation>RESULTADO {number}</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>Agregar indicador…</translation>
    </message>
    <message>
        <source>Add strategy…</source>
        <translation>Agregar estrategia…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Esperado hoy</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Actualizaciones de avance</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Sin asignar todavía</translation>
    </message>
    <message>
        <source>{indicators} indicators and {strategies} strategies go with it.</source>
        <translation>Con él se eliminan {indicators} indicadores y {strategies} estrategias.</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <source>Delete “{statement}”? {what}</source>
        <translation>¿Eliminar «{statement}»? {what}</translation>
    </message>
    <message>
        <source>Delete the update of {on_date}?</source>
        <translation>¿Eliminar la actualización del {on_date}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “{name}” and its {count} readings?</source>
        <translation>¿Eliminar «{name}» y sus {count} lecturas?</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Delete strategy</source>
        <translation>Eliminar estrategia</translation>
    </message>
    <message>
        <source>Delete the strategy “{description}”?</source>
        <translation>¿Eliminar la estrategia «{description}»?</translation>
    </message>
    <message>
        <source>Delete update</source>
        <translation>Eliminar actualización</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Agregar un integrante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Choose a person to add.</source>
        <translation>Elija a una persona para agregarla.</translation>
    </message>
</context>
<context>
    <name>MembershipRole</name>
    <message>
        <source>Member</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Program staff</source>
        <translation>Equipo del programa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Organización aliada</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
</context>
<context>
    <name>MembershipStage</name>
    <message>
        <source>Applicant</source>
        <translation>Postulante</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Egresado</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importar personas…</translation>
    </message>
    <message>
        <source>Export &amp;roster…</source>
        <translation>Exportar &amp;directorio…</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Exportar ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>Exportar &amp;archivo…</translation>
    </message>
    <message>
        <source>Open from a&amp;rchive…</source>
        <translation>Abrir desde un a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Catering and &amp;access summary…</source>
        <translation>Resumen de &amp;comidas y accesibilidad…</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Espacio de trabajo de solo lectura</translation>
    </message>
    <message>
        <source>This workspace is open read-only.</source>
        <translation>Este espacio de trabajo está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>Add a cohort and a session first.</source>
        <translation>Primero agregue una cohorte y una sesión.</translation>
    </message>
    <message>
        <source>Choose:</source>
        <translation>Elegir:</translation>
    </message>
    <message>
        <source>Session: {title}</source>
        <translation>Sesión: {title}</translation>
    </message>
    <message>
        <source>Catering and access summary</source>
        <translation>Resumen de comidas y accesibilidad</translation>
    </message>
    <message>
        <source>Save the catering and access summary</source>
        <translation>Guardar el resumen de comidas y accesibilidad</translation>
    </message>
    <message>
        <source>catering and access - CONFIDENTIAL internal</source>
        <translation>comidas y accesibilidad - CONFIDENCIAL uso interno</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the catering summary…</source>
        <translation>Escribiendo el resumen de comidas…</translation>
    </message>
    <message>
        <source>Wrote {name} (confidential)</source>
        <translation>Se escribió {name} (confidencial)</translation>
    </message>
    <message>
        <source>Cohort: {name} (every session)</source>
        <translation>Cohorte: {name} (todas las sesiones)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>{cohort} sessions</source>
        <translation>Sesiones de {cohort}</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {name}</source>
        <translation>Se escribió {name}</translation>
    </message>
    <message>
        <source>Left out: 1 session has no start time yet.</source>
        <translation>Se dejó fuera 1 sesión que aún no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>Left out: {n} sessions have no start time yet.</source>
        <translation>Se dejaron fuera {n} sesiones que aún no tienen hora de inicio.</translation>
    </message>
    <message>
        <source>Calendar saved</source>
        <translation>Calendario guardado</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Se escribió {name}.</translation>
    </message>
    <message>
        <source>Give them a date and time, then export again.</source>
        <translation>Asígneles fecha y hora y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message>
        <source>{workspace} archive</source>
        <translation>Archivo de {workspace}</translation>
    </message>
    <message>
        <source>Save the archive</source>
        <translation>Guardar el archivo</translation>
    </message>
    <message>
        <source>Writing the archive…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Open from archive</source>
        <translation>Abrir desde un archivo</translation>
    </message>
    <message>
        <source>CohortDesk archive (*.json)</source>
        <translation>Archivo de CohortDesk (*.json)</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Guardar el nuevo espacio de trabajo como</translation>
    </message>
    <message>
        <source>CohortDesk workspaces (*.cohortdesk)</source>
        <translation>Espacios de trabajo de CohortDesk (*.cohortdesk)</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Elija un archivo nuevo</translation>
    </message>
    <message>
        <source>The archive opens into a new workspace file.</source>
        <translation>El archivo se abre en un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Convening &amp;packet…</source>
        <translation>&amp;Cuaderno del encuentro…</translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation>&amp;Gafetes…</translation>
    </message>
    <message>
        <source>&amp;Table tents…</source>
        <translation>&amp;Tarjetas de mesa…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Hoja de asistencia…</translation>
    </message>
    <message>
        <source>Print a&amp;genda…</source>
        <translation>Imprimir a&amp;genda…</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Tama&amp;ño del papel</translation>
    </message>
    <message>
        <source>Lay out every packet, sheet and roster on {label} paper</source>
        <translation>Diseñar cada cuaderno, hoja y directorio en papel {label}</translation>
    </message>
    <message>
        <source>Badge alignment test…</source>
        <translation>Prueba de alineación de gafetes…</translation>
    </message>
    <message>
        <source>Set cover logo…</source>
        <translation>Establecer logotipo de portada…</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <source>Add a session first.</source>
        <translation>Primero agregue una sesión.</translation>
    </message>
    <message>
        <source>Choose a session</source>
        <translation>Elija una sesión</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>{document} — {session}</source>
        <translation>{document} — {session}</translation>
    </message>
    <message>
        <source>The name {names} has letters these documents cannot print, so they are left out.</source>
        <translation>El nombre {names} tiene letras que estos documentos no pueden imprimir, así que se omiten.</translation>
    </message>
    <message>
        <source>{count} names have letters these documents cannot print, so they are left out: {names}.</source>
        <translation>{count} nombres tienen letras que estos documentos no pueden imprimir, así que se omiten: {names}.</translation>
    </message>
    <message>
        <source>Add a preferred name in Latin letters to print for them.</source>
        <translation>Agregue un nombre preferido en letras latinas para imprimirlo en su lugar.</translation>
    </message>
    <message>
        <source>Avery 5392 (4″ × 3″, 6 per Letter sheet)</source>
        <translation>Avery 5392 (4″ × 3″, 6 por hoja Carta)</translation>
    </message>
    <message>
        <source>Avery 5395 (3⅜″ × 2⅓″, 8 per Letter sheet)</source>
        <translation>Avery 5395 (3⅜″ × 2⅓″, 8 por hoja Carta)</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm, 4 per A4 sheet)</source>
        <translation>A6 (105 × 148 mm, 4 por hoja A4)</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>Badge stock:</source>
        <translation>Papel de gafetes:</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>gafetes</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Tarjetas de mesa</translation>
    </message>
    <message>
        <source>table-tents</source>
        <translation>tarjetas-de-mesa</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>hoja-de-asistencia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Alignment test</source>
        <translation>Prueba de alineación</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>badge-alignment-test</source>
        <translation>prueba-de-alineacion-de-gafetes</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Badge alignment test</source>
        <translation>Prueba de alineación de gafetes</translation>
    </message>
    <message>
        <source>Cover logo</source>
        <translation>Logotipo de la portada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cover logo set</source>
        <translation>Logotipo de portada establecido</translation>
    </message>
    <message>
        <source>&amp;Results frameworks…</source>
        <translation>Marcos de &amp;resultados…</translation>
    </message>
    <message>
        <source>&amp;Technical assistance…</source>
        <translation>Asistencia &amp;técnica…</translation>
    </message>
    <message>
        <source>This is the team hub</source>
        <translation>Este es el servidor del equipo</translation>
    </message>
    <message>
        <source>Not joined to a hub</source>
        <translation>Sin conexión a un servidor</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Última sincronización {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Sin sincronizar todavía</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>{n} changes waiting</source>
        <translation>{n} cambios pendientes</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflictos</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Sync co&amp;nflicts…</source>
        <translation>Co&amp;nflictos de sincronización…</translation>
    </message>
    <message>
        <source>&amp;Hub settings…</source>
        <translation>Configuración del &amp;servidor…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>This workspace is the hub itself; it needs no sync.</source>
        <translation>Este espacio de trabajo es el propio servidor; no necesita sincronizarse.</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was lost: your changes go at the next sync.</source>
        <translation>Sincronización cancelada; no se perdió nada: sus cambios se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Sincronizando con el servidor…</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Shares contact details</source>
        <translation>Comparte sus datos de contacto</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Search descriptions, owners, jurisdictions…</source>
        <translation>Buscar descripciones, responsables, jurisdicciones…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo pendientes</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>All jurisdictions</source>
        <translation>Todas las jurisdicciones</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source> · {overdue} overdue</source>
        <translation> · {overdue} vencidos</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Kind of new note</source>
        <translation>Tipo de nota nueva</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Acerca de:</translation>
    </message>
    <message>
        <source>Au&amp;thor:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Type here. **bold**, *italic*, and lists starting with - or 1. are shown formatted below. Saved as you type.</source>
        <translation>Escriba aquí. **negrita**, *cursiva* y las listas que empiezan con - o 1. se muestran con formato abajo. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Formatted note</source>
        <translation>Nota con formato</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>No author</source>
        <translation>Sin autor</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No notes yet. Choose a kind and press New note.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Todavía no hay notas. Elija un tipo y pulse Nueva nota.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>last edited {when}</source>
        <translation>última edición {when}</translation>
    </message>
    <message>
        <source>Saved · created {created_text}{edited}</source>
        <translation>Guardado · creado {created_text}{edited}</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>e.g. City of Tacoma</source>
        <translation>p. ej., Ciudad de Tacoma</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>State / region:</source>
        <translation>Estado / región:</translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Agencia estatal</translation>
    </message>
    <message>
        <source>Regional body</source>
        <translation>Organismo regional</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>Organización sin fines de lucro</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>Nueva organización…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Results frameworks</source>
        <translation>Marcos de resultados</translation>
    </message>
    <message>
        <source>Find a member or indicator</source>
        <translation>Buscar un integrante o indicador</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Members by indicator</source>
        <translation>Integrantes por indicador</translation>
    </message>
    <message>
        <source>On track: the latest reading is at least as good as the straight line from baseline to target, read at today&apos;s date (Expected today). Hover a status to see the comparison.</source>
        <translation>Según lo previsto: la última lectura es al menos tan buena como la línea recta de la línea de base a la meta, leída en la fecha de hoy (Esperado hoy). Pase el puntero sobre un estado para ver la comparación.</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Open member page</source>
        <translation>Abrir la página del integrante</translation>
    </message>
    <message>
        <source>Technical assistance…</source>
        <translation>Asistencia técnica…</translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation>Exportar a XLSX…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Add a cohort first.</source>
        <translation>Primero agregue una cohorte.</translation>
    </message>
    <message>
        <source>{counts} — as of {today}</source>
        <translation>{counts} — al {today}</translation>
    </message>
    <message>
        <source>. {missing} members have no framework yet.</source>
        <translation>. {missing} integrantes aún no tienen marco.</translation>
    </message>
    <message>
        <source>{cohort} results</source>
        <translation>Resultados de {cohort}</translation>
    </message>
    <message>
        <source>Export results overview</source>
        <translation>Exportar el resumen de resultados</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the results overview…</source>
        <translation>Exportando el resumen de resultados…</translation>
    </message>
    <message>
        <source>Results overview</source>
        <translation>Resumen de resultados</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>Se exportó {path}.</translation>
    </message>
    <message>
        <source>Results frameworks — {cohort}</source>
        <translation>Marcos de resultados — {cohort}</translation>
    </message>
    <message>
        <source>Save the results frameworks as PDF</source>
        <translation>Guardar los marcos de resultados como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the results frameworks…</source>
        <translation>Escribiendo los marcos de resultados…</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <source>No members</source>
        <translation>Sin integrantes</translation>
    </message>
    <message>
        <source>This cohort has no members yet.</source>
        <translation>Esta cohorte aún no tiene integrantes.</translation>
    </message>
    <message>
        <source>Choose a member</source>
        <translation>Elija a un integrante</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Integrante:</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Organización aliada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Find a member, need or note</source>
        <translation>Buscar un integrante, necesidad o nota</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Solicitudes de asistencia</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Organización aliada:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Cualquier organización aliada</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Sin asignar todavía</translation>
    </message>
    <message>
        <source>{n} request</source>
        <translation>{n} solicitud</translation>
    </message>
    <message>
        <source>{n} requests</source>
        <translation>{n} solicitudes</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <source>Delete this assistance request?</source>
        <translation>¿Eliminar esta solicitud de asistencia?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Welcome and objectives</source>
        <translation>Bienvenida y objetivos</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Results framework</source>
        <translation>Marco de resultados</translation>
    </message>
    <message>
        <source>Notes from the previous session</source>
        <translation>Notas de la sesión anterior</translation>
    </message>
    <message>
        <source>Note pages (blank, for writing)</source>
        <translation>Páginas de notas (en blanco, para escribir)</translation>
    </message>
    <message>
        <source>Pre-reads</source>
        <translation>Lecturas previas</translation>
    </message>
    <message>
        <source>Convening packet — {title}</source>
        <translation>Cuaderno del encuentro — {title}</translation>
    </message>
    <message>
        <source>Sections (drag to reorder)</source>
        <translation>Secciones (arrastre para ordenar)</translation>
    </message>
    <message>
        <source>Every packet, sheet and roster uses this paper (also under Session › Print › Paper size)</source>
        <translation>Cada cuaderno, hoja y directorio usa este papel (también en Sesión › Imprimir › Tamaño del papel)</translation>
    </message>
    <message>
        <source>Large-print edition (body text 14 pt)</source>
        <translation>Edición en letra grande (texto a 14 pt)</translation>
    </message>
    <message>
        <source>Binding margin</source>
        <translation>Margen de encuadernación</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Lined</source>
        <translation>Rayado</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Punteado</translation>
    </message>
    <message>
        <source>Notes column beside the agenda</source>
        <translation>Columna de notas junto a la agenda</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Adjuntar PDF…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Print this pre-read earlier in the packet</source>
        <translation>Imprimir esta lectura previa antes en el cuaderno</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Print this pre-read later in the packet</source>
        <translation>Imprimir esta lectura previa después en el cuaderno</translation>
    </message>
    <message>
        <source>Pre-reads (stored in the workspace)</source>
        <translation>Lecturas previas (guardadas en el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Sort roster by:</source>
        <translation>Ordenar el directorio por:</translation>
    </message>
    <message>
        <source>Note pages:</source>
        <translation>Páginas de notas:</translation>
    </message>
    <message>
        <source>Note page style:</source>
        <translation>Estilo de las páginas de notas:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Write the packet to the file under “Save as”</source>
        <translation>Escribir el cuaderno en el archivo indicado en «Guardar como»</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>Nothing in these yet, so the packet leaves them out: {sections}.</source>
        <translation>Todavía no hay nada en estas secciones, así que el cuaderno no las incluye: {sections}.</translation>
    </message>
    <message>
        <source>Attach pre-reads</source>
        <translation>Adjuntar lecturas previas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation>Guardar el cuaderno como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Packet ready</source>
        <translation>Cuaderno listo</translation>
    </message>
    <message>
        <source>Building the packet</source>
        <translation>Armando el cuaderno</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>No date yet</source>
        <translation>Todavía sin fecha</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Select a session to open it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Seleccione una sesión para abrirla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Página de la sesión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>US Legal</source>
        <translation>Oficio (EE. UU.)</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
    <message>
        <source>{width} × {height} in</source>
        <translation>{width} × {height} pulg.</translation>
    </message>
    <message>
        <source>{paper}, landscape</source>
        <translation>{paper}, horizontal</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Export selected people</source>
        <translation>Exportar las personas seleccionadas</translation>
    </message>
    <message>
        <source>Selected people</source>
        <translation>Personas seleccionadas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting people…</source>
        <translation>Exportando personas…</translation>
    </message>
    <message>
        <source>Wrote {n} people to {path}.</source>
        <translation>Se escribieron {n} personas en {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <source>Find a name or an organization</source>
        <translation>Buscar un nombre o una organización</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation>Cargando personas…</translation>
    </message>
    <message>
        <source>The people could not be read: {error}</source>
        <translation>No se pudieron leer las personas: {error}</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} de {total} marcadas</translation>
    </message>
    <message>
        <source>{ticked} ticked; {shown} of {total} shown</source>
        <translation>{ticked} marcadas; se muestran {shown} de {total}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>There is nothing to choose yet: add one first.</source>
        <translation>Todavía no hay nada que elegir: agregue uno antes.</translation>
    </message>
    <message>
        <source>Add 1 person to a cohort</source>
        <translation>Agregar 1 persona a una cohorte</translation>
    </message>
    <message>
        <source>Add {n} people to a cohort</source>
        <translation>Agregar {n} personas a una cohorte</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Added 1 person to the cohort.</source>
        <translation>Se agregó 1 persona a la cohorte.</translation>
    </message>
    <message>
        <source>Added {n} people to the cohort.</source>
        <translation>Se agregaron {n} personas a la cohorte.</translation>
    </message>
    <message>
        <source>Invite 1 person to a session</source>
        <translation>Invitar a 1 persona a una sesión</translation>
    </message>
    <message>
        <source>Invite {n} people to a session</source>
        <translation>Invitar a {n} personas a una sesión</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Invited 1 person.</source>
        <translation>Se invitó a 1 persona.</translation>
    </message>
    <message>
        <source>Invited {n} people.</source>
        <translation>Se invitó a {n} personas.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <source>Loading people…</source>
        <translation>Cargando personas…</translation>
    </message>
    <message>
        <source>Type a name or an organization</source>
        <translation>Escriba un nombre o una organización</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Person details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Seleccione una persona para ver sus datos.</translation>
    </message>
    <message>
        <source>Shares email and phone with the cohort</source>
        <translation>Comparte correo y teléfono con la cohorte</translation>
    </message>
    <message>
        <source>Does &lt;b&gt;not&lt;/b&gt; share contact details</source>
        <translation>&lt;b&gt;No&lt;/b&gt; comparte sus datos de contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>Older changes are no longer kept: the journal keeps the newest {entries} operations or {days} days, whichever is more.</source>
        <translation>Los cambios más antiguos ya no se conservan: el registro de cambios guarda las últimas {entries} operaciones o los últimos {days} días, lo que abarque más.</translation>
    </message>
    <message>
        <source>Changes before {day} are not shown.</source>
        <translation>No se muestran los cambios anteriores al {day}.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(deshecho)</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>{n} older changes: {command} lists them all.</source>
        <translation>{n} cambios anteriores: {command} los muestra todos.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Cómo le gusta que le llamen</translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation>Pronombres:</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ej., ella, elle</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>None — type to find one</source>
        <translation>Ninguna: escriba para buscar</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>May share email and phone with the cohort</source>
        <translation>Puede compartir su correo y teléfono con la cohorte</translation>
    </message>
    <message>
        <source>Contact sharing:</source>
        <translation>Compartir contacto:</translation>
    </message>
    <message>
        <source>Short bio:</source>
        <translation>Biografía breve:</translation>
    </message>
    <message>
        <source>Access needs:</source>
        <translation>Necesidades de accesibilidad:</translation>
    </message>
    <message>
        <source>Dietary needs:</source>
        <translation>Necesidades alimentarias:</translation>
    </message>
    <message>
        <source>Internal notes:</source>
        <translation>Notas internas:</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Type a name or an organization</source>
        <translation>Escriba un nombre o una organización</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation>Cargando personas…</translation>
    </message>
    <message>
        <source>The people could not be read: {error}</source>
        <translation>No se pudieron leer las personas: {error}</translation>
    </message>
    <message>
        <source>{shown} of {total} people</source>
        <translation>{shown} de {total} personas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>The language changes the next time CohortDesk starts. Printed documents have their own language, chosen for each session in its details.</source>
        <translation>El idioma cambia la próxima vez que se inicie CohortDesk. Los documentos impresos tienen su propio idioma, que se elige para cada sesión en sus datos.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>PresenterRole</name>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panelista</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preparing {title}…</source>
        <translation>Preparando {title}…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Sent 1 page of {title} to {printer}</source>
        <translation>Se envió 1 página de {title} a {printer}</translation>
    </message>
    <message>
        <source>Sent {count} pages of {title} to {printer}</source>
        <translation>Se enviaron {count} páginas de {title} a {printer}</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>Imprimiendo {title}…</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Vista previa — {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>One page</source>
        <translation>Una página</translation>
    </message>
    <message>
        <source>Two pages</source>
        <translation>Dos páginas</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>The printer could not start printing. Check that it is on and connected, then try again.</source>
        <translation>La impresora no pudo empezar a imprimir. Compruebe que esté encendida y conectada, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Printing page {page} of {total}</source>
        <translation>Imprimiendo la página {page} de {total}</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Adding pre-reads</source>
        <translation>Añadiendo las lecturas previas</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Revisando las filas</translation>
    </message>
    <message>
        <source>Comparing organizations</source>
        <translation>Comparando organizaciones</translation>
    </message>
    <message>
        <source>Comparing people</source>
        <translation>Comparando personas</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>Conectando con el servidor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Importing people</source>
        <translation>Importando personas</translation>
    </message>
    <message>
        <source>Laying out the packet</source>
        <translation>Componiendo el cuaderno</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Emparejando participantes</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Leyendo las filas</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>Leyendo el directorio</translation>
    </message>
    <message>
        <source>Reading the session</source>
        <translation>Leyendo la sesión</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Recibiendo cambios</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Sorting the roster</source>
        <translation>Ordenando el directorio</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Tarjetas de mesa</translation>
    </message>
    <message>
        <source>Writing rows</source>
        <translation>Escribiendo las filas</translation>
    </message>
    <message>
        <source>Archiving {name}</source>
        <translation>Archivando {name}</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restaurando {name}</translation>
    </message>
    <message>
        <source>Pre-read {name}</source>
        <translation>Lectura previa {name}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Carpeta de archivos</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for any spreadsheet (.csv)</source>
        <translation>CSV para cualquier hoja de cálculo (.csv)</translation>
    </message>
    <message>
        <source>PDF for print (.pdf)</source>
        <translation>PDF para imprimir (.pdf)</translation>
    </message>
    <message>
        <source>The internal roster includes email and phone for everyone (also those who did not agree to share them), access and dietary needs, and staff notes.

{marks} Send it only to staff and venue contacts who need it.</source>
        <translation>El directorio interno incluye correo y teléfono de todas las personas (también de quienes no aceptaron compartirlos), necesidades de accesibilidad y alimentarias, y notas del equipo.

{marks} Envíelo solo al equipo y a los contactos del lugar que lo necesiten.</translation>
    </message>
    <message>
        <source>Its file name and the top of every page say CONFIDENTIAL.</source>
        <translation>Su nombre de archivo y la parte superior de cada página dicen CONFIDENCIAL.</translation>
    </message>
    <message>
        <source>Its file name, its sheet name, the header of every printed page and the file&apos;s properties say CONFIDENTIAL.</source>
        <translation>Su nombre de archivo, el nombre de la hoja, el encabezado de cada página impresa y las propiedades del archivo dicen CONFIDENCIAL.</translation>
    </message>
    <message>
        <source>Its file name and its first line say CONFIDENTIAL. A CSV file has no pages or sheets to mark, and a program that opens it may drop that line.</source>
        <translation>Su nombre de archivo y su primera línea dicen CONFIDENCIAL. Un archivo CSV no tiene páginas ni hojas que marcar, y un programa que lo abra puede descartar esa línea.</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exportar directorio</translation>
    </message>
    <message>
        <source>Roster for</source>
        <translation>Directorio para</translation>
    </message>
    <message>
        <source>Cohort: {name}</source>
        <translation>Cohorte: {name}</translation>
    </message>
    <message>
        <source>Session: {value1}{when}</source>
        <translation>Sesión: {value1}{when}</translation>
    </message>
    <message>
        <source>For participants: contact details only for people who agreed to share them</source>
        <translation>Para participantes: datos de contacto solo de quienes aceptaron compartirlos</translation>
    </message>
    <message>
        <source>Roster for participants</source>
        <translation>Directorio para participantes</translation>
    </message>
    <message>
        <source>Internal: everything, including access and dietary needs (confidential)</source>
        <translation>Interno: todo, incluidas las necesidades de accesibilidad y alimentarias (confidencial)</translation>
    </message>
    <message>
        <source>Internal roster</source>
        <translation>Directorio interno</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Fields, in order</source>
        <translation>Campos, en orden</translation>
    </message>
    <message>
        <source>Tick the fields to include; drag to change their order.</source>
        <translation>Marque los campos que quiere incluir; arrástrelos para cambiar su orden.</translation>
    </message>
    <message>
        <source>Only these roles</source>
        <translation>Solo estas funciones</translation>
    </message>
    <message>
        <source>Only these stages</source>
        <translation>Solo estas etapas</translation>
    </message>
    <message>
        <source>Only these registration statuses</source>
        <translation>Solo estos estados de inscripción</translation>
    </message>
    <message>
        <source>Only include (nothing ticked: everyone)</source>
        <translation>Incluir solo (nada marcado: todos)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Fields (tick to include, drag to reorder)</source>
        <translation>Campos (marque para incluir, arrastre para ordenar)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>The roster as its PDF prints, with Print… and Save</source>
        <translation>El directorio tal como se imprime en PDF, con Imprimir… y Guardar</translation>
    </message>
    <message>
        <source>  (internal)</source>
        <translation>  (interno)</translation>
    </message>
    <message>
        <source>Save roster as</source>
        <translation>Guardar el directorio como</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Leyendo el directorio…</translation>
    </message>
    <message>
        <source>Preview the internal roster?</source>
        <translation>¿Ver la vista previa del directorio interno?</translation>
    </message>
    <message>
        <source>Show confidential roster</source>
        <translation>Mostrar directorio confidencial</translation>
    </message>
    <message>
        <source>Export the internal roster?</source>
        <translation>¿Exportar el directorio interno?</translation>
    </message>
    <message>
        <source>Export confidential roster</source>
        <translation>Exportar directorio confidencial</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Wrote {count} people to {name}</source>
        <translation>Se escribieron {count} personas en {name}</translation>
    </message>
    <message>
        <source>Wrote {count} people to {name}.</source>
        <translation>Se escribieron {count} personas en {name}.</translation>
    </message>
    <message>
        <source>Roster exported</source>
        <translation>Directorio exportado</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>Exportando el directorio…</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>CONFIDENTIAL internal</source>
        <translation>CONFIDENCIAL uso interno</translation>
    </message>
</context>
<context>
    <name>RosterFields</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Integrante desde</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Shares contact</source>
        <translation>Comparte contacto</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
</context>
<context>
    <name>RuleKind</name>
    <message>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <source>Apart</source>
        <translation>Separados</translation>
    </message>
</context>
<context>
    <name>SafetyFeature</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Backed up at {time}</source>
        <translation>Copia de seguridad hecha a las {time}</translation>
    </message>
    <message>
        <source>Backup failed: {error}</source>
        <translation>Falló la copia de seguridad: {error}</translation>
    </message>
</context>
<context>
    <name>SessionCounts</name>
    <message>
        <source>{n} invited</source>
        <translation>{n} invitados</translation>
    </message>
    <message>
        <source>1 registered</source>
        <translation>1 inscrito</translation>
    </message>
    <message>
        <source>{n} registered</source>
        <translation>{n} inscritos</translation>
    </message>
    <message>
        <source>1 declined</source>
        <translation>1 declinó</translation>
    </message>
    <message>
        <source>{n} declined</source>
        <translation>{n} declinaron</translation>
    </message>
    <message>
        <source>1 waitlisted</source>
        <translation>1 en lista de espera</translation>
    </message>
    <message>
        <source>{n} waitlisted</source>
        <translation>{n} en lista de espera</translation>
    </message>
    <message>
        <source>1 cancelled</source>
        <translation>1 canceló</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} cancelaron</translation>
    </message>
    <message>
        <source>1 attended ({in_person} in person, {remote} remote)</source>
        <translation>1 asistió ({in_person} presenciales, {remote} a distancia)</translation>
    </message>
    <message>
        <source>1 absent</source>
        <translation>1 ausente</translation>
    </message>
    <message>
        <source>(1 excused)</source>
        <translation>(1 justificada)</translation>
    </message>
    <message>
        <source>1 joined briefly</source>
        <translation>1 se conectó poco tiempo</translation>
    </message>
    <message>
        <source>1 not recorded</source>
        <translation>1 sin registrar</translation>
    </message>
    <message>
        <source>No one invited yet</source>
        <translation>Nadie invitado todavía</translation>
    </message>
    <message>
        <source>{n} attended ({in_person} in person, {remote} remote)</source>
        <translation>{n} asistieron ({in_person} presenciales, {remote} a distancia)</translation>
    </message>
    <message>
        <source>1 invited</source>
        <translation>1 invitado</translation>
    </message>
    <message>
        <source>{n} absent</source>
        <translation>{n} ausentes</translation>
    </message>
    <message>
        <source>({n} excused)</source>
        <translation>({n} justificadas)</translation>
    </message>
    <message>
        <source>{n} joined briefly</source>
        <translation>{n} se conectaron poco tiempo</translation>
    </message>
    <message>
        <source>{n} not recorded</source>
        <translation>{n} sin registrar</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>In-person convening</source>
        <translation>Encuentro presencial</translation>
    </message>
    <message>
        <source>Virtual roundtable</source>
        <translation>Mesa redonda virtual</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <source>Peer exchange call</source>
        <translation>Llamada de intercambio entre pares</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>StatusWhy</name>
    <message>
        <source>No data: the baseline or the target lacks a value or a date.</source>
        <translation>Sin datos: a la línea de base o a la meta les falta un valor o una fecha.</translation>
    </message>
    <message>
        <source>No data: the target date is not after the baseline date.</source>
        <translation>Sin datos: la fecha de la meta no es posterior a la de la línea de base.</translation>
    </message>
    <message>
        <source>No data: no reading yet.</source>
        <translation>Sin datos: todavía no hay lecturas.</translation>
    </message>
    <message>
        <source>{status}</source>
        <translation>{status}</translation>
    </message>
    <message>
        <source>{status}: the latest reading, {reading} ({reading_day}), is {comparison} {expected}, the value the straight line from baseline to target expects{when} ({direction}).{passed}</source>
        <translation>{status}: la última lectura, {reading} ({reading_day}), está {comparison} {expected}, el valor que la recta de la línea de base a la meta espera{when} ({direction}).{passed}</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>en o por encima de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>en o por debajo de</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <source> The target date has passed, so only the target itself counts.</source>
        <translation> La fecha de la meta ya pasó, así que solo cuenta la meta misma.</translation>
    </message>
    <message>
        <source> today</source>
        <translation> hoy</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> el {day}</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Load Example Network</source>
        <translation>Cargar la red de ejemplo</translation>
    </message>
    <message>
        <source>Generate Breakout Groups</source>
        <translation>Generar grupos de trabajo</translation>
    </message>
    <message>
        <source>Sync with hub</source>
        <translation>Sincronizar con el servidor</translation>
    </message>
    <message>
        <source>Edit Membership</source>
        <translation>Editar membresía</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Quitar integrante</translation>
    </message>
    <message>
        <source>Add Presenter</source>
        <translation>Agregar ponente</translation>
    </message>
    <message>
        <source>Edit Presenter</source>
        <translation>Editar ponente</translation>
    </message>
    <message>
        <source>Remove Presenter</source>
        <translation>Quitar ponente</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Type in Note</source>
        <translation>Escribir en la nota</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Remove Breakout Rule</source>
        <translation>Quitar regla de grupos de trabajo</translation>
    </message>
    <message>
        <source>Set Logo</source>
        <translation>Establecer logotipo</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Add Organization</source>
        <translation>Agregar organización</translation>
    </message>
    <message>
        <source>Edit Organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>Delete Organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Add Cohort</source>
        <translation>Agregar cohorte</translation>
    </message>
    <message>
        <source>Edit Cohort</source>
        <translation>Editar cohorte</translation>
    </message>
    <message>
        <source>Delete Cohort</source>
        <translation>Eliminar cohorte</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Add Agenda Item</source>
        <translation>Agregar punto de la agenda</translation>
    </message>
    <message>
        <source>Edit Agenda Item</source>
        <translation>Editar punto de la agenda</translation>
    </message>
    <message>
        <source>Delete Agenda Item</source>
        <translation>Eliminar punto de la agenda</translation>
    </message>
    <message>
        <source>Move Agenda Item</source>
        <translation>Mover punto de la agenda</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Agregar acuerdo</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Editar acuerdo</translation>
    </message>
    <message>
        <source>Delete Action Item</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message>
        <source>Add Breakout Group</source>
        <translation>Agregar grupo de trabajo</translation>
    </message>
    <message>
        <source>Edit Breakout Group</source>
        <translation>Editar grupo de trabajo</translation>
    </message>
    <message>
        <source>Delete Breakout Group</source>
        <translation>Eliminar grupo de trabajo</translation>
    </message>
    <message>
        <source>Lock Breakout Group</source>
        <translation>Bloquear grupo de trabajo</translation>
    </message>
    <message>
        <source>Unlock Breakout Group</source>
        <translation>Desbloquear grupo de trabajo</translation>
    </message>
    <message>
        <source>Import People from</source>
        <translation>Importar personas desde</translation>
    </message>
    <message>
        <source>Import people from</source>
        <translation>Importar personas desde</translation>
    </message>
    <message>
        <source>Import Zoom Report for</source>
        <translation>Importar informe de Zoom de</translation>
    </message>
    <message>
        <source>Check In Walk-in</source>
        <translation>Registrar llegada sin inscripción de</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Registrar llegada de</translation>
    </message>
    <message>
        <source>Apply Agenda Template</source>
        <translation>Aplicar plantilla de agenda</translation>
    </message>
    <message>
        <source>Copy Agenda from</source>
        <translation>Copiar agenda de</translation>
    </message>
    <message>
        <source>Save Agenda Template</source>
        <translation>Guardar plantilla de agenda</translation>
    </message>
    <message>
        <source>Delete Agenda Template</source>
        <translation>Eliminar plantilla de agenda</translation>
    </message>
    <message>
        <source>Complete Action Item</source>
        <translation>Completar acuerdo</translation>
    </message>
    <message>
        <source>Reopen Action Item</source>
        <translation>Reabrir acuerdo</translation>
    </message>
    <message>
        <source>Drop Action Item</source>
        <translation>Descartar acuerdo</translation>
    </message>
    <message>
        <source>Assign Breakout Group</source>
        <translation>Asignar grupo de trabajo</translation>
    </message>
    <message>
        <source>Add Pre-read</source>
        <translation>Agregar lectura previa</translation>
    </message>
    <message>
        <source>Move Pre-read</source>
        <translation>Mover lectura previa</translation>
    </message>
    <message>
        <source>Remove Pre-read</source>
        <translation>Quitar lectura previa</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Agregar indicador</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <source>Delete Indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Edit Result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <source>Delete Result</source>
        <translation>Eliminar resultado</translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation>Agregar estrategia</translation>
    </message>
    <message>
        <source>Edit Strategy</source>
        <translation>Editar estrategia</translation>
    </message>
    <message>
        <source>Delete Strategy</source>
        <translation>Eliminar estrategia</translation>
    </message>
    <message>
        <source>Add Assistance Request</source>
        <translation>Agregar solicitud de asistencia</translation>
    </message>
    <message>
        <source>Delete Assistance Request</source>
        <translation>Eliminar solicitud de asistencia</translation>
    </message>
    <message>
        <source>Clear Attendance of</source>
        <translation>Borrar la asistencia de</translation>
    </message>
    <message>
        <source>Add {count} people to {name}</source>
        <translation>Agregar {count} personas a {name}</translation>
    </message>
    <message>
        <source>Add 1 person to {name}</source>
        <translation>Agregar 1 persona a {name}</translation>
    </message>
    <message>
        <source>Invite {count} people to {name}</source>
        <translation>Invitar a {count} personas a {name}</translation>
    </message>
    <message>
        <source>Invite 1 person to {name}</source>
        <translation>Invitar a 1 persona a {name}</translation>
    </message>
    <message>
        <source>Delete {count} people</source>
        <translation>Eliminar {count} personas</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>Combinar {other} con {keep}</translation>
    </message>
    <message>
        <source>Remove {name} from the session</source>
        <translation>Quitar a {name} de la sesión</translation>
    </message>
    <message>
        <source>Resolve sync conflict #{number}</source>
        <translation>Resolver el conflicto de sincronización n.º {number}</translation>
    </message>
    <message>
        <source>Change day {day} times</source>
        <translation>Cambiar los horarios del día {day}</translation>
    </message>
    <message>
        <source>Print {name} in English</source>
        <translation>Imprimir {name} en inglés</translation>
    </message>
    <message>
        <source>Print {name} in Spanish</source>
        <translation>Imprimir {name} en español</translation>
    </message>
    <message>
        <source>Keep {one} and {other} together</source>
        <translation>Mantener juntos a {one} y {other}</translation>
    </message>
    <message>
        <source>Keep {one} and {other} apart</source>
        <translation>Mantener separados a {one} y {other}</translation>
    </message>
    <message>
        <source>Mark everyone not checked in absent ({name})</source>
        <translation>Marcar ausentes a quienes no registraron llegada ({name})</translation>
    </message>
    <message>
        <source>Clear the attendance of {count} people</source>
        <translation>Borrar la asistencia de {count} personas</translation>
    </message>
    <message>
        <source>Clear the attendance of {count} people ({name})</source>
        <translation>Borrar la asistencia de {count} personas ({name})</translation>
    </message>
    <message>
        <source>Mark {count} people {AttendanceState} ({name})</source>
        <translation>Marcar a {count} personas: {AttendanceState} ({name})</translation>
    </message>
    <message>
        <source>Mark {count} people {AttendanceState}</source>
        <translation>Marcar a {count} personas: {AttendanceState}</translation>
    </message>
    <message>
        <source>Mark {name} {AttendanceState}</source>
        <translation>Marcar a {name}: {AttendanceState}</translation>
    </message>
    <message>
        <source>Add {NoteKind} note</source>
        <translation>Agregar nota ({NoteKind})</translation>
    </message>
    <message>
        <source>Edit {NoteKind} note</source>
        <translation>Editar nota ({NoteKind})</translation>
    </message>
</context>
<context>
    <name>StrategyStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflictos</translation>
    </message>
    <message>
        <source>{conflicts} to review (File › Sync conflicts)</source>
        <translation>{conflicts} por revisar (Archivo › Conflictos de sincronización)</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Type a time such as 9:30, 930, 9.30a, 2 pm or 14h30.</source>
        <translation>Escriba una hora como 9:30, 930, 9.30a, 2 pm o 14h30.</translation>
    </message>
    <message>
        <source>The time is empty. {hint}</source>
        <translation>La hora está vacía. {hint}</translation>
    </message>
    <message>
        <source>“{text}” is not a time. {hint}</source>
        <translation>«{text}» no es una hora. {hint}</translation>
    </message>
    <message>
        <source>“{text}” has {minutes} minutes; an hour has 60. {hint}</source>
        <translation>«{text}» tiene {minutes} minutos; una hora tiene 60. {hint}</translation>
    </message>
    <message>
        <source>“{text}” is past 23:59. {hint}</source>
        <translation>«{text}» pasa de las 23:59. {hint}</translation>
    </message>
    <message>
        <source>“{text}”: with am or pm, the hour is 1 to 12. {hint}</source>
        <translation>«{text}»: con am o pm, la hora va de 1 a 12. {hint}</translation>
    </message>
    <message>
        <source>e.g. 9:30 or 14h30</source>
        <translation>p. ej., 9:30 o 14h30</translation>
    </message>
</context>
<context>
    <name>TrackStatus</name>
    <message>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Choose at least one note page, or another section.</source>
        <translation>Elija al menos una página de notas u otra sección.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>Each section can appear only once.</source>
        <translation>Cada sección puede aparecer una sola vez.</translation>
    </message>
    <message>
        <source>Choose Letter or A4 paper.</source>
        <translation>Elija papel Carta o A4.</translation>
    </message>
    <message>
        <source>Sort the roster by family name or jurisdiction.</source>
        <translation>Ordene el directorio por apellido o por jurisdicción.</translation>
    </message>
    <message>
        <source>Note pages are lined or dotted.</source>
        <translation>Las páginas de notas son de renglones o de puntos.</translation>
    </message>
    <message>
        <source>Choose between 0 and 40 note pages.</source>
        <translation>Elija entre 0 y 40 páginas de notas.</translation>
    </message>
    <message>
        <source>Enter the duration as whole minutes.</source>
        <translation>Escriba la duración en minutos enteros.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Una duración no puede ser negativa.</translation>
    </message>
    <message>
        <source>An agenda item cannot last more than 24 hours.</source>
        <translation>Un punto de la agenda no puede durar más de 24 horas.</translation>
    </message>
    <message>
        <source>The threshold is a share of the session, more than 0 and at most 1 (0.5 means half the session).</source>
        <translation>El umbral es una fracción de la sesión, mayor que 0 y como máximo 1 (0,5 es la mitad de la sesión).</translation>
    </message>
    <message>
        <source>A group needs room for at least one person.</source>
        <translation>Un grupo necesita lugar para al menos una persona.</translation>
    </message>
    <message>
        <source>Make at least one group.</source>
        <translation>Forme al menos un grupo.</translation>
    </message>
    <message>
        <source>No one is left to place in a group.</source>
        <translation>No queda nadie por ubicar en un grupo.</translation>
    </message>
    <message>
        <source>The target date must be after the baseline date.</source>
        <translation>La fecha de la meta debe ser posterior a la de la línea de base.</translation>
    </message>
    <message>
        <source>Enter the date of the update.</source>
        <translation>Escriba la fecha de la actualización.</translation>
    </message>
    <message>
        <source>Enter at least one reading or a narrative.</source>
        <translation>Escriba al menos una lectura o un relato.</translation>
    </message>
    <message>
        <source>Choose the member who needs the assistance.</source>
        <translation>Elija al integrante que necesita la asistencia.</translation>
    </message>
    <message>
        <source>Only a request that is done or declined has a closing date.</source>
        <translation>Solo una solicitud hecha o rechazada tiene fecha de cierre.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>The target is below the baseline, but higher is better.</source>
        <translation>La meta está por debajo de la línea de base, pero mayor es mejor.</translation>
    </message>
    <message>
        <source>The target is above the baseline, but lower is better.</source>
        <translation>La meta está por encima de la línea de base, pero menor es mejor.</translation>
    </message>
    <message>
        <source>Each reading must be a number.</source>
        <translation>Cada lectura debe ser un número.</translation>
    </message>
    <message>
        <source>Time zone cannot be empty.</source>
        <translation>La zona horaria no puede estar vacía.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>El fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Diga qué hay que hacer.</translation>
    </message>
    <message>
        <source>That person is no longer in this workspace.</source>
        <translation>Esa persona ya no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Give the agenda item a title.</source>
        <translation>Póngale un título al punto de la agenda.</translation>
    </message>
    <message>
        <source>The day must end after it starts.</source>
        <translation>El día debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose a person, or describe the placeholder (“TBD — speaker from a partner city”).</source>
        <translation>Elija a una persona o describa el provisional («Por confirmar — ponente de una ciudad aliada»).</translation>
    </message>
    <message>
        <source>Name the breakout group.</source>
        <translation>Póngale nombre al grupo de trabajo.</translation>
    </message>
    <message>
        <source>A chosen person is no longer here.</source>
        <translation>Una de las personas elegidas ya no está aquí.</translation>
    </message>
    <message>
        <source>Choose a different session to copy from.</source>
        <translation>Elija otra sesión de la que copiar.</translation>
    </message>
    <message>
        <source>Name the template.</source>
        <translation>Póngale nombre a la plantilla.</translation>
    </message>
    <message>
        <source>This session has no agenda to save yet.</source>
        <translation>Esta sesión todavía no tiene agenda para guardar.</translation>
    </message>
    <message>
        <source>Choose whom to invite: members, staff or others.</source>
        <translation>Elija a quién invitar: integrantes, equipo u otros.</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Escriba el nombre de la persona que llegó sin inscripción.</translation>
    </message>
    <message>
        <source>These records changed since the merge was set up. Check the values shown now, and merge again.</source>
        <translation>Estos registros cambiaron después de preparar la combinación. Revise los valores que se muestran ahora y vuelva a combinar.</translation>
    </message>
    <message>
        <source>Give either the number of groups or the group size.</source>
        <translation>Indique el número de grupos o el tamaño de cada grupo.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Elija a dos personas distintas.</translation>
    </message>
    <message>
        <source>The locked groups changed since these groups were made; generate them again.</source>
        <translation>Los grupos bloqueados cambiaron desde que se formaron estos grupos; vuelva a generarlos.</translation>
    </message>
    <message>
        <source>Choose a person to add.</source>
        <translation>Elija a una persona para agregarla.</translation>
    </message>
    <message>
        <source>This person is already in the cohort.</source>
        <translation>Esta persona ya está en la cohorte.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Elija a dos personas distintas para fusionar.</translation>
    </message>
    <message>
        <source>Choose two different organizations to merge.</source>
        <translation>Elija dos organizaciones distintas para fusionar.</translation>
    </message>
    <message>
        <source>That agenda item is not in this session.</source>
        <translation>Ese punto de la agenda no está en esta sesión.</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Escriba un nombre de pila o un apellido.</translation>
    </message>
    <message>
        <source>The name holds only invisible characters.</source>
        <translation>El nombre solo tiene caracteres invisibles.</translation>
    </message>
    <message>
        <source>That organization no longer exists.</source>
        <translation>Esa organización ya no existe.</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Elija la columna que contiene el nombre.</translation>
    </message>
    <message>
        <source>That file is not a PDF.</source>
        <translation>Ese archivo no es un PDF.</translation>
    </message>
    <message>
        <source>That PDF is larger than 50 MB; attach a smaller copy.</source>
        <translation>Ese PDF pesa más de 50 MB; adjunte una copia más liviana.</translation>
    </message>
    <message>
        <source>That PDF has no pages.</source>
        <translation>Ese PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>Choose a PDF file to attach.</source>
        <translation>Elija un archivo PDF para adjuntar.</translation>
    </message>
    <message>
        <source>That image is larger than 5 MB; use a smaller copy.</source>
        <translation>Esa imagen pesa más de 5 MB; use una copia más liviana.</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image for the logo.</source>
        <translation>Use una imagen PNG o JPEG para el logotipo.</translation>
    </message>
    <message>
        <source>That PDF is password-protected; attach an open copy.</source>
        <translation>Ese PDF está protegido con contraseña; adjunte una copia sin protección.</translation>
    </message>
    <message>
        <source>This person is not a member of the cohort.</source>
        <translation>Esta persona no es integrante de la cohorte.</translation>
    </message>
    <message>
        <source>That session is not one of this cohort&apos;s.</source>
        <translation>Esa sesión no es de esta cohorte.</translation>
    </message>
    <message>
        <source>A reading is for an indicator this member does not have.</source>
        <translation>Una lectura es de un indicador que este integrante no tiene.</translation>
    </message>
    <message>
        <source>Choose a cohort or a session for the roster.</source>
        <translation>Elija una cohorte o una sesión para el directorio.</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>Elija al menos un campo.</translation>
    </message>
    <message>
        <source>Registration statuses filter a session roster; choose a session.</source>
        <translation>Los estados de inscripción filtran el directorio de una sesión; elija una sesión.</translation>
    </message>
    <message>
        <source>People who declined or cancelled appear only on the internal roster.</source>
        <translation>Quienes declinaron o cancelaron solo aparecen en el directorio interno.</translation>
    </message>
    <message>
        <source>Save the catering summary as .pdf or .csv.</source>
        <translation>Guarde el resumen de comidas como .pdf o .csv.</translation>
    </message>
    <message>
        <source>Choose the cohort this session belongs to.</source>
        <translation>Elija la cohorte a la que pertenece esta sesión.</translation>
    </message>
    <message>
        <source>That partner organization no longer exists.</source>
        <translation>Esa organización aliada ya no existe.</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>{label}: no puede quedar vacío.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address.</source>
        <translation>«{value}» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>“{value}” is not a known time zone (use a name such as America/Chicago).</source>
        <translation>«{value}» no es una zona horaria conocida (use un nombre como America/Chicago).</translation>
    </message>
    <message>
        <source>{label} is {length} characters long; the most it may hold is {limit}.</source>
        <translation>{label}: tiene {length} caracteres; admite como máximo {limit}.</translation>
    </message>
    <message>
        <source>{name} already uses {email}.</source>
        <translation>{name} ya usa {email}.</translation>
    </message>
    <message>
        <source>There is already a template named “{name}”.</source>
        <translation>Ya hay una plantilla llamada «{name}».</translation>
    </message>
    <message>
        <source>{count} people are named {name}: choose one from the list instead of adding a walk-in.</source>
        <translation>{count} personas se llaman {name}: elija una de la lista en lugar de agregar una llegada sin inscripción.</translation>
    </message>
    <message>
        <source>No one is registered for or attending “{session}” yet, so there is no one to place in groups.</source>
        <translation>Todavía nadie está inscrito ni asiste a «{session}», así que no hay a quién ubicar en grupos.</translation>
    </message>
    <message>
        <source>{locked} groups are locked; ask for more than {locked} groups to place the other {free}.</source>
        <translation>{locked} grupos están bloqueados; pida más de {locked} grupos para ubicar a las otras {free} personas.</translation>
    </message>
    <message>
        <source>{groups} groups need at least {groups} people; {left} are left to place.</source>
        <translation>{groups} grupos necesitan al menos {groups} personas; quedan {left} por ubicar.</translation>
    </message>
    <message>
        <source>“{session}” has no start time yet.</source>
        <translation>«{session}» todavía no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>{name} has no scheduled sessions to export.</source>
        <translation>{name} no tiene sesiones programadas para exportar.</translation>
    </message>
    <message>
        <source>{reading_day} is after today ({today_day}). Record a reading once it has been taken.</source>
        <translation>El {reading_day} es posterior a hoy ({today_day}). Registre una lectura una vez tomada.</translation>
    </message>
    <message>
        <source>Two columns are mapped to {target}.</source>
        <translation>Dos columnas se importan como {target}.</translation>
    </message>
    <message>
        <source>Choose a day from 1 to {last}.</source>
        <translation>Elija un día del 1 al {last}.</translation>
    </message>
    <message>
        <source>{reading_day} is before the baseline date of “{indicator}” ({baseline_day}). Record earlier figures as the baseline, or leave this reading blank.</source>
        <translation>El {reading_day} es anterior a la fecha de la línea de base de «{indicator}» ({baseline_day}). Registre las cifras anteriores como línea de base o deje esta lectura en blanco.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf.</source>
        <translation>{path} es una carpeta; escriba un nombre de archivo terminado en .pdf.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder to save {file} in.</source>
        <translation>La carpeta {folder} no existe; elija una carpeta existente donde guardar {file}.</translation>
    </message>
    <message>
        <source>That PDF cannot be read ({detail}).</source>
        <translation>No se puede leer ese PDF ({detail}).</translation>
    </message>
    <message>
        <source>1 person to add is no longer in this workspace (deleted meanwhile?).</source>
        <translation>Una de las personas por agregar ya no está en este espacio de trabajo (¿se eliminó entretanto?).</translation>
    </message>
    <message>
        <source>{count} people to add are no longer in this workspace (deleted meanwhile?).</source>
        <translation>{count} de las personas por agregar ya no están en este espacio de trabajo (¿se eliminaron entretanto?).</translation>
    </message>
    <message>
        <source>The person chosen for “{name}” is no longer in this workspace (deleted meanwhile?); choose again.</source>
        <translation>La persona elegida para «{name}» ya no está en este espacio de trabajo (¿se eliminó entretanto?); vuelva a elegir.</translation>
    </message>
    <message>
        <source>“{name}” has no name to add as a guest; match it to a person instead.</source>
        <translation>«{name}» no tiene un nombre con el que agregarlo como invitado; asígnelo a una persona.</translation>
    </message>
    <message>
        <source>{file} is not a Zoom participants report: {why} Expected a table with the columns {columns} (Zoom: Reports &gt; Usage &gt; Participants &gt; Export).</source>
        <translation>{file} no es un informe de participantes de Zoom: {why} Se espera una tabla con las columnas {columns} (Zoom: Informes &gt; Uso &gt; Participantes &gt; Exportar).</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>no es un archivo.</translation>
    </message>
    <message>
        <source>it is {size} MB; a participants report is at most {limit} MB.</source>
        <translation>ocupa {size} MB; un informe de participantes ocupa como máximo {limit} MB.</translation>
    </message>
    <message>
        <source>it has more than {limit} lines.</source>
        <translation>tiene más de {limit} líneas.</translation>
    </message>
    <message>
        <source>its participant table is empty.</source>
        <translation>su tabla de participantes está vacía.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>its first line is “{first}”.</source>
        <translation>su primera línea es «{first}».</translation>
    </message>
    <message>
        <source>it is no longer there</source>
        <translation>ya no está allí</translation>
    </message>
    <message>
        <source>you do not have permission to open it</source>
        <translation>no tiene permiso para abrirlo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The result statement</source>
        <translation>El enunciado del resultado</translation>
    </message>
    <message>
        <source>The indicator name</source>
        <translation>El nombre del indicador</translation>
    </message>
    <message>
        <source>The strategy</source>
        <translation>La estrategia</translation>
    </message>
    <message>
        <source>The need</source>
        <translation>La necesidad</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de la reunión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Add a cohort first</source>
        <translation>Primero agregue una cohorte</translation>
    </message>
    <message>
        <source>A session belongs to a cohort. Add a cohort in the Cohorts view, then plan its sessions here.</source>
        <translation>Una sesión pertenece a una cohorte. Agregue una cohorte en la vista Cohortes y luego planifique aquí sus sesiones.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CohortDesk</source>
        <translation>Le damos la bienvenida a CohortDesk</translation>
    </message>
    <message>
        <source>Load the example network</source>
        <translation>Cargar la red de ejemplo</translation>
    </message>
    <message>
        <source>A fictional 18-month community of practice of chief equity officers: 11 members, staff, partners and three sessions.</source>
        <translation>Una comunidad de práctica ficticia de 18 meses de directores de equidad: 11 integrantes, equipo del programa, organizaciones aliadas y tres sesiones.</translation>
    </message>
    <message>
        <source>Import people…</source>
        <translation>Importar personas…</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Start a cohort…</source>
        <translation>Iniciar una cohorte…</translation>
    </message>
    <message>
        <source>Start a cohort</source>
        <translation>Iniciar una cohorte</translation>
    </message>
    <message>
        <source>“{name}” is empty. Start from the example network to look around, bring in your people from a spreadsheet, or set up your first cohort.</source>
        <translation>«{name}» está vacío. Empiece con la red de ejemplo para explorar, traiga a sus personas desde una hoja de cálculo o cree su primera cohorte.</translation>
    </message>
</context>
<context>
    <name>ZoomImportDialog</name>
    <message>
        <source>by email</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>por nombre</translation>
    </message>
    <message>
        <source>matched before</source>
        <translation>asociado antes</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>nombre del dispositivo</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>inicial</translation>
    </message>
    <message>
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Otra persona…</translation>
    </message>
    <message>
        <source>The threshold changed: press Recalculate before recording.</source>
        <translation>El umbral cambió: pulse Recalcular antes de registrar.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Joined briefly</source>
        <translation>Se conectó poco tiempo</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No se cuenta</translation>
    </message>
    <message>
        <source>Add to the list and record</source>
        <translation>Añadir a la lista y registrar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <source>The host; no staff member has this email, so they are left out.</source>
        <translation>El anfitrión; nadie del equipo tiene este correo, así que queda fuera.</translation>
    </message>
    <message>
        <source>{person} is also “{other}” in this report; their minutes are counted together.</source>
        <translation>{person} también aparece como «{other}» en este informe; sus minutos se cuentan juntos.</translation>
    </message>
    <message>
        <source>The {how} points to {person}, who is already matched as “{other}”.</source>
        <translation>Por {how} apunta a {person}, que ya está emparejado como «{other}».</translation>
    </message>
    <message>
        <source>A phone dial-in; no one in the workspace has this number.</source>
        <translation>Una llamada telefónica; nadie en el espacio de trabajo tiene este número.</translation>
    </message>
    <message>
        <source>A phone dial-in; {count} people have this number.</source>
        <translation>Una llamada telefónica; {count} personas tienen este número.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Line {line}: {problem}; skipped.</source>
        <translation>Línea {line}: {problem}; se omite.</translation>
    </message>
    <message>
        <source>Line {line}: no name; skipped.</source>
        <translation>Línea {line}: sin nombre; se omite.</translation>
    </message>
    <message>
        <source>Line {line}: “{value}” is not a number of minutes; skipped.</source>
        <translation>Línea {line}: «{value}» no es un número de minutos; se omite.</translation>
    </message>
    <message>
        <source>The report&apos;s meeting was on {meeting_day} but {session} is on {session_day}. Check that this is the right session.</source>
        <translation>La reunión del informe fue el {meeting_day}, pero {session} es el {session_day}. Compruebe que sea la sesión correcta.</translation>
    </message>
    <message>
        <source>{matched} matched ({present} present, {brief} joined briefly), {suggested} suggested, {unmatched} unmatched, {staff} host or staff; {changes} to record.</source>
        <translation>emparejados: {matched} (presentes: {present}; con conexión breve: {brief}), sugeridos: {suggested}, sin emparejar: {unmatched}, anfitrión o equipo: {staff}; por registrar: {changes}.</translation>
    </message>
    <message>
        <source>Host, not counted</source>
        <translation>Anfitrión, no se cuenta</translation>
    </message>
    <message>
        <source>Staff, not counted</source>
        <translation>Equipo, no se cuenta</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>No one: {why}</source>
        <translation>Nadie: {why}</translation>
    </message>
    <message>
        <source>No staff member with this email</source>
        <translation>Nadie del equipo tiene este correo</translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation>Importar un informe de participantes de Zoom</translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation>Informes de Zoom (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the Zoom report…</source>
        <translation>Leyendo el informe de Zoom…</translation>
    </message>
    <message>
        <source>− {n} overlapping</source>
        <translation>− {n} superpuestos</translation>
    </message>
    <message>
        <source>(the meeting&apos;s length)</source>
        <translation>(la duración de la reunión)</translation>
    </message>
    <message>
        <source>Import Zoom report — {session_title}</source>
        <translation>Importar informe de Zoom — {session_title}</translation>
    </message>
    <message>
        <source> % of the session</source>
        <translation> % de la sesión</translation>
    </message>
    <message>
        <source>Present threshold</source>
        <translation>Umbral de presencia</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <source>Recalculate with this threshold</source>
        <translation>Recalcular con este umbral</translation>
    </message>
    <message>
        <source>Present when online at least</source>
        <translation>Presente si estuvo en línea al menos</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; for &lt;b&gt;{session_title}&lt;/b&gt;: {session_minutes}-minute session; present from {threshold_minutes} minutes online.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; para &lt;b&gt;{session_title}&lt;/b&gt;: sesión de {session_minutes} minutos; presente a partir de {threshold_minutes} minutos en línea.</translation>
    </message>
    <message>
        <source>Left out (host or staff)</source>
        <translation>Fuera (anfitrión o equipo)</translation>
    </message>
    <message>
        <source>{kept}; records {minutes} min</source>
        <translation>{kept}; registra {minutes} min</translation>
    </message>
    <message>
        <source>What to do with {name}</source>
        <translation>Qué hacer con {name}</translation>
    </message>
    <message>
        <source>Yes, this is {person_name}</source>
        <translation>Sí, es {person_name}</translation>
    </message>
    <message>
        <source>Add {name} as a guest speaker</source>
        <translation>Añadir a {name} como ponente invitado</translation>
    </message>
    <message>
        <source>Add {name} as a guest</source>
        <translation>Añadir a {name} como invitado</translation>
    </message>
    <message>
        <source>Match to {name}</source>
        <translation>Asociar con {name}</translation>
    </message>
    <message>
        <source>Match {name} to…</source>
        <translation>Asociar a {name} con…</translation>
    </message>
    <message>
        <source>Recorded {count}</source>
        <translation>Registrados {count}</translation>
    </message>
    <message>
        <source>{count} already up to date</source>
        <translation>{count} ya al día</translation>
    </message>
    <message>
        <source>{count} guest(s) added</source>
        <translation>{count} invitado(s) añadido(s)</translation>
    </message>
    <message>
        <source>{count} left out</source>
        <translation>{count} fuera</translation>
    </message>
    <message>
        <source>Zoom report: {what}.</source>
        <translation>Informe de Zoom: {what}.</translation>
    </message>
    <message>
        <source>Recording attendance…</source>
        <translation>Registrando la asistencia…</translation>
    </message>
</context>
<context>
    <name>_MemberTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
</context>
</TS>
