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
        <source>The licence text is not included in this build.</source>
        <translation>El texto de la licencia no está incluido en esta versión.</translation>
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
        <source>Email</source>
        <translation>Correo</translation>
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
    <name>ErrorDialog</name>
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
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>¿Eliminar {record} {name}?</translation>
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
        <source>Print</source>
        <translation>Imprimir</translation>
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
        <source>The language changes the next time CohortDesk starts. Printed documents have their own language, chosen when you print.</source>
        <translation>El idioma cambia la próxima vez que se inicie CohortDesk. Los documentos impresos tienen su propio idioma, que se elige al imprimir.</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CohortDesk</source>
        <translation>Bienvenida a CohortDesk</translation>
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
</TS>
